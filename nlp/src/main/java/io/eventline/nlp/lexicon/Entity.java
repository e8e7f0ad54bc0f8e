package io.eventline.nlp.lexicon;

/**
 * A gazetteer hit in a sentence.
 *
 * @param from      first token index (inclusive)
 * @param to        last token index (exclusive)
 * @param kind      what the name denotes
 * @param canonical the canonical name (aliases resolved: "ISIL" -> "Islamic State", "Kiev" -> "Kyiv")
 * @param country   the country it lies in (itself for a country; the country a demonym refers to); null for actors
 */
public record Entity(int from, int to, Kind kind, String canonical, String country) {

    public enum Kind {
        COUNTRY, REGION, CITY, DEMONYM, ORGANISATION
    }

    public boolean isPlace() {
        return kind == Kind.COUNTRY || kind == Kind.REGION || kind == Kind.CITY;
    }
}

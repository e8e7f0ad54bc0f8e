package io.eventline.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places (countries, regions, cities with their country), demonyms and named organisations from the data files
 * under {@code gazetteer/}. Lookup is by first token then longest alias. Short all-caps aliases ("IS", "US", "EU")
 * match only in exactly that case so "is" and "us" stay words; other names must be capitalised.
 */
public final class Gazetteer {

    private record Alias(String[] tokens, boolean exactCase, String surface, Entity.Kind kind, String canonical, String country) {
        /** Whether the alias is written capitalised, so only a capitalised token can start it. */
        boolean capitalised() {
            return Character.isUpperCase(surface.charAt(0));
        }
    }

    /** Aliases by their first token while the data is being read. */
    private final Map<String, List<Alias>> byFirst = new HashMap<>();
    /** The aliases by their first token once read, looked up by token; null while the data is being read. */
    private final WordMap<Alias[]> index;
    private final Map<String, String> countryOfPlace = new HashMap<>();

    private Gazetteer() {
        this.index = null;
    }

    /** The finished gazetteer of the data read into {@code data}. */
    private Gazetteer(Gazetteer data) {
        countryOfPlace.putAll(data.countryOfPlace);
        Map<String, Alias[]> arrays = new HashMap<>();
        data.byFirst.forEach((w, l) -> arrays.put(w, l.toArray(new Alias[0])));
        this.index = new WordMap<>(arrays);
    }

    public static Gazetteer fromClasspath() {
        Gazetteer g = new Gazetteer();
        for (String[] row : rows("gazetteer/countries.tsv")) {
            String name = row[0];
            g.add(name, Entity.Kind.COUNTRY, name, name);
            for (String a : split(row, 1)) {
                g.add(a, Entity.Kind.COUNTRY, name, name);
            }
            for (String d : split(row, 2)) {
                g.add(d, Entity.Kind.DEMONYM, name, name);
            }
        }
        for (String[] row : rows("gazetteer/places.tsv")) {
            Entity.Kind kind = Entity.Kind.valueOf(row[2]);
            g.add(row[0], kind, row[0], row[1]);
            for (String a : split(row, 3)) {
                g.add(a, kind, row[0], row[1]);
            }
        }
        for (String[] row : rows("gazetteer/actors.tsv")) {
            g.add(row[0], Entity.Kind.ORGANISATION, row[0], null);
            for (String a : split(row, 2)) {
                g.add(a, Entity.Kind.ORGANISATION, row[0], null);
            }
        }
        return new Gazetteer(g);
    }

    /** The country a canonical place name lies in, or null when it is not a place. */
    public String countryOf(String place) {
        return countryOfPlace.get(place);
    }

    private void add(String alias, Entity.Kind kind, String canonical, String country) {
        List<Token> toks = Tokenizer.tokenize(alias, 0, alias.length());
        String[] lower = toks.stream().map(Token::lower).toArray(String[]::new);
        long upper = alias.chars().filter(Character::isUpperCase).count();
        boolean exact = upper >= 2 && alias.replace(".", "").length() <= 5;
        byFirst.computeIfAbsent(lower[0], k -> new ArrayList<>()).add(new Alias(lower, exact, alias, kind, canonical, country));
        if (country != null) {
            countryOfPlace.putIfAbsent(canonical, country);
        }
    }

    /** Gazetteer hits in tokens [from, to), left to right, longest alias first, no overlaps. */
    public List<Entity> find(String text, List<Token> tokens, int from, int to) {
        List<Entity> out = null;
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            Alias[] candidates = t.isWord() ? index.get(t) : null;
            Alias best = null;
            if (candidates != null) {
                for (Alias a : candidates) {
                    if ((best == null || a.tokens().length > best.tokens().length)
                            && (t.capitalized() || !a.capitalised()) && matches(a, text, tokens, i, to)) {
                        best = a;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(4);
            }
            out.add(new Entity(i, i + best.tokens().length, best.kind(), best.canonical(), best.country()));
            i += best.tokens().length;
        }
        return out == null ? List.of() : out;
    }

    private static boolean matches(Alias a, String text, List<Token> tokens, int i, int to) {
        String[] want = a.tokens();
        if (i + want.length > to) {
            return false;
        }
        for (int k = 0; k < want.length; k++) {
            if (!tokens.get(i + k).lower().equals(want[k])) {
                return false;
            }
        }
        if (a.exactCase()) {
            Token first = tokens.get(i);
            Token last = tokens.get(i + want.length - 1);
            String surface = a.surface();
            return last.end() - first.start() == surface.length() && text.startsWith(surface, first.start());
        }
        return true;
    }

    private static String[] split(String[] row, int col) {
        if (row.length <= col || row[col].isBlank()) {
            return new String[0];
        }
        return row[col].split("\\|");
    }

    private static List<String[]> rows(String resource) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing gazetteer file " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> out = new ArrayList<>();
            for (String line : r.lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words that, read as a whole line list, come from a data file (role heads, role modifiers). */
    public static Set<String> wordList(String resource) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing word list " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Set.copyOf(r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

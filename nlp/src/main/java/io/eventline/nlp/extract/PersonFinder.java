package io.eventline.nlp.extract;

import io.eventline.nlp.lexicon.Entity;
import io.eventline.nlp.lexicon.Gazetteer;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.lexicon.WordSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People named with a role: "French Defense Minister Jean-Yves Le Drian", "EU foreign policy chief Federica
 * Mogherini", "Ursula von der Leyen, Germany's defense minister". Rendered "Name (Role)" so every service shows
 * actors the same way; later bare mentions ("Le Drian said") resolve to the same string through {@link KnownPeople}.
 */
final class PersonFinder {

    private static final WordSet PARTICLES = WordSet.of("le", "la", "de", "du", "des", "von", "der", "van", "den",
            "al", "bin", "ben", "el", "da", "di", "dos", "ibn", "abu", "al-");
    private static final Set<String> LOWER_IN_ROLE = Set.of("of", "the", "for", "and", "'s");

    /** A person found at tokens [from, to) of the sentence. */
    record Person(int from, int to, String actor, String name) {
    }

    private final WordSet heads;
    private final WordSet modifiers;

    PersonFinder() {
        this.heads = new WordSet(Gazetteer.wordList("gazetteer/roles.txt"));
        this.modifiers = new WordSet(Gazetteer.wordList("gazetteer/role-modifiers.txt"));
    }

    /**
     * @param entities gazetteer hits of the sentence (countries, demonyms, organisations may be part of a role)
     * @param known    the people the article has named so far, by name key; updated
     */
    List<Person> find(String text, List<Token> tokens, int from, int to, List<Entity> entities, KnownPeople known) {
        List<Person> out = new ArrayList<>(2);
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!heads.contains(t)) {
                continue;
            }
            int roleEnd = i + 1;
            // "Secretary of State", "Minister of Defence", "Secretary-General"
            if (roleEnd + 1 < to && tokens.get(roleEnd).is("of") && tokens.get(roleEnd + 1).capitalized()) {
                roleEnd += 2;
            }
            int roleStart = i;
            while (roleStart - 1 >= from && partOfRole(tokens, roleStart - 1, entities)) {
                roleStart--;
            }
            int nameEnd = nameFrom(tokens, roleEnd, to, entities);
            if (nameEnd > roleEnd) {
                String name = text.substring(tokens.get(roleEnd).start(), tokens.get(nameEnd - 1).end());
                String role = role(text, tokens, roleStart, roleEnd);
                add(out, known, roleStart, nameEnd, name, role);
                i = nameEnd - 1;
                continue;
            }
            // appositive: "Ursula von der Leyen, Germany's defense minister"
            if (roleStart - 2 >= from && tokens.get(roleStart - 1).is(",")) {
                int nameTo = roleStart - 1;
                int nameFrom = nameTo;
                while (nameFrom - 1 >= from && isNameToken(tokens.get(nameFrom - 1))) {
                    nameFrom--;
                }
                while (nameFrom < nameTo && !tokens.get(nameFrom).capitalized()) {
                    nameFrom++;
                }
                if (nameTo - nameFrom >= 2 && !isEntity(entities, nameFrom)) {
                    String name = text.substring(tokens.get(nameFrom).start(), tokens.get(nameTo - 1).end());
                    add(out, known, nameFrom, roleEnd, name, role(text, tokens, roleStart, roleEnd));
                }
            }
        }
        // bare mentions of people named earlier in the article
        if (!known.isEmpty()) {
            for (int i = from; i < to; i++) {
                if (!tokens.get(i).capitalized() || !known.mayStartAt(tokens.get(i)) || covered(out, i)) {
                    continue;
                }
                int end = i;
                while (end < to && isNameToken(tokens.get(end))) {
                    end++;
                }
                for (int e = end; e > i; e--) {
                    String key = key(tokens, i, e);
                    String actor = known.get(key);
                    if (actor != null) {
                        out.add(new Person(i, e, actor, actor));
                        i = e - 1;
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean covered(List<Person> people, int i) {
        for (Person p : people) {
            if (i >= p.from() && i < p.to()) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Person> out, KnownPeople known, int from, int to, String name, String role) {
        String actor = role.isEmpty() ? name : name + " (" + role + ")";
        out.add(new Person(from, to, actor, name));
        String[] parts = splitWhitespace(name.toLowerCase(Locale.ROOT));
        known.putIfAbsent(String.join(" ", parts), actor);
        if (parts.length >= 2) {
            known.putIfAbsent(parts[parts.length - 1], actor);
            if (parts.length >= 3) {
                known.putIfAbsent(parts[parts.length - 2] + " " + parts[parts.length - 1], actor);
            }
        }
    }

    /** {@code s.split("\\s+")} without compiling a regex on every call: same pieces, same leading/trailing rules. */
    static String[] splitWhitespace(String s) {
        List<String> out = new ArrayList<>(4);
        int i = 0;
        int n = s.length();
        int pieceStart = 0;
        while (i < n) {
            if (isRegexSpace(s.charAt(i))) {
                int j = i;
                while (j < n && isRegexSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(pieceStart, i)); // a leading separator gives a leading "", as split does
                pieceStart = j;
                i = j;
            } else {
                i++;
            }
        }
        out.add(s.substring(pieceStart, n));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--; // split drops trailing empty strings
        }
        if (size == 0) {
            return n == 0 ? new String[] {""} : new String[0];
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    /** The characters of the regex class \s: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String key(List<Token> tokens, int from, int to) {
        if (to == from + 1) {
            return tokens.get(from).lower();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).lower());
        }
        return sb.toString();
    }

    private boolean partOfRole(List<Token> tokens, int i, List<Entity> entities) {
        Token t = tokens.get(i);
        if (modifiers.contains(t) || heads.contains(t) || t.is("'s")) {
            return true;
        }
        for (Entity e : entities) {
            if (i >= e.from() && i < e.to() && (e.kind() == Entity.Kind.DEMONYM || e.kind() == Entity.Kind.COUNTRY
                    || e.kind() == Entity.Kind.ORGANISATION)) {
                return true;
            }
        }
        return false;
    }

    private int nameFrom(List<Token> tokens, int at, int to, List<Entity> entities) {
        int end = at;
        while (end < to && isNameToken(tokens.get(end)) && !heads.contains(tokens.get(end))) {
            if (isEntity(entities, end) && end == at) {
                return at;
            }
            end++;
        }
        while (end > at && !tokens.get(end - 1).capitalized()) {
            end--; // a name ends on a capitalised word, not a particle
        }
        return end - at > 4 ? at : end;
    }

    private static boolean isEntity(List<Entity> entities, int i) {
        for (Entity e : entities) {
            if (i >= e.from() && i < e.to()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameToken(Token t) {
        return t.isWord() && !t.isNumber() && (t.capitalized() || PARTICLES.contains(t));
    }

    private static String role(String text, List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String raw = text.substring(t.start(), t.end());
            if (k == from && (t.is("the") || t.is("a"))) {
                continue;
            }
            if (!sb.isEmpty() && !t.is("'s")) {
                sb.append(' ');
            }
            if (LOWER_IN_ROLE.contains(t.lower()) && k > from) {
                sb.append(t.lower());
            } else if (raw.chars().anyMatch(Character::isUpperCase)) {
                sb.append(raw);
            } else {
                sb.append(Character.toUpperCase(raw.charAt(0))).append(raw.substring(1));
            }
        }
        return sb.toString();
    }
}

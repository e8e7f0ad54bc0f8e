package io.eventline.timeline.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of places and actors as the merge compares them: normalised, aliased ("ISIS" = "Islamic State") and, for
 * places, placed in a small containment hierarchy (Saint-Denis → Paris → Île-de-France → France) kept as data in
 * {@code merge/places.tsv}. Unknown places are only compared as strings.
 */
public final class Places {
    private final Map<String, String> parents;
    private final Map<String, String> aliases;

    Places(Map<String, String> parents, Map<String, String> aliases) {
        this.parents = parents;
        this.aliases = aliases;
    }

    public static Places fromClasspath() {
        return new Places(readPairs("merge/places.tsv"), readPairs("merge/aliases.tsv"));
    }

    /** Lower case, accents and a leading "the" removed, aliases resolved. */
    public String normalise(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim();
        String aliased = aliases.get(n);
        if (aliased != null) {
            return aliased;
        }
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return aliases.getOrDefault(n, n);
    }

    /** The place itself followed by every place it lies in, innermost first. */
    public Set<String> chain(String place) {
        Set<String> chain = new LinkedHashSet<>();
        String p = normalise(place);
        while (p != null && chain.add(p)) {
            p = parents.get(p);
        }
        return chain;
    }

    /** Known to the hierarchy (so a mismatch with another known place is a real contradiction). */
    public boolean known(String place) {
        String p = normalise(place);
        return parents.containsKey(p) || parents.containsValue(p);
    }

    /** The outermost place known for this one: its country when the hierarchy knows it. */
    public String country(String place) {
        String last = null;
        for (String p : chain(place)) {
            last = p;
        }
        return last;
    }

    /** Whether the place is itself a country (a root of the hierarchy) rather than a city or region. */
    public boolean isCountry(String place) {
        String p = normalise(place);
        return !parents.containsKey(p) && parents.containsValue(p);
    }

    /** Two reported places can be the place of one happening: equal, one inside the other, or one names the other. */
    public boolean samePlace(String a, String b) {
        String na = normalise(a);
        String nb = normalise(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb) || chain(na).contains(nb) || chain(nb).contains(na)) {
            return true;
        }
        return containsWord(na, nb) || containsWord(nb, na);
    }

    /** Two actor names can denote the same actor: equal after aliasing, or one contains the other as words. */
    public boolean sameActor(String a, String b) {
        String na = normalise(a);
        String nb = normalise(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        return na.equals(nb) || containsWord(na, nb) || containsWord(nb, na);
    }

    static boolean containsWord(String haystack, String needle) {
        if (needle.length() < 2 || needle.length() > haystack.length()) {
            return false;
        }
        int i = haystack.indexOf(needle);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
            int end = i + needle.length();
            boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            i = haystack.indexOf(needle, i + 1);
        }
        return false;
    }

    private static Map<String, String> readPairs(String resource) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length == 2) {
                    map.put(parts[0].trim(), parts[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}

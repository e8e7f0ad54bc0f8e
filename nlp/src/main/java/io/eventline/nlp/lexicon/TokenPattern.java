package io.eventline.nlp.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A compiled token pattern of the rule files: words separated by spaces, {@code a/b} alternatives, {@code word*}
 * prefixes, {@code #} any number, {@code @cap} any capitalised word, {@code _N} up to N words in between (never
 * across a clause break). Matching works on tokens, not characters, so a sentence costs a few comparisons per rule
 * that can start at a token.
 */
public final class TokenPattern {

    /** One position of the pattern; prefixes in an array, which a hot loop walks without an iterator. */
    record Spec(WordSet words, String[] prefixes, boolean number, boolean capitalised, int gap) {
        boolean matches(Token t) {
            if (gap > 0) {
                return false;
            }
            if (number && (t.isNumber() || NUMBER_WORDS.contains(t))) {
                return true;
            }
            if (capitalised && t.capitalized() && t.isWord()) {
                return true;
            }
            if (words.contains(t)) {
                return true;
            }
            String w = t.lower();
            for (String p : prefixes) {
                if (w.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final WordSet NUMBER_WORDS = WordSet.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private final String source;
    private final List<Spec> specs;

    private TokenPattern(String source, List<Spec> specs) {
        this.source = source;
        this.specs = specs;
    }

    public static TokenPattern compile(String source) {
        List<Spec> specs = new ArrayList<>();
        for (String part : source.strip().toLowerCase().split("\\s+")) {
            if (part.matches("_\\d+")) {
                specs.add(new Spec(WordSet.of(), new String[0], false, false, Integer.parseInt(part.substring(1))));
                continue;
            }
            Set<String> words = new java.util.HashSet<>();
            List<String> prefixes = new ArrayList<>();
            boolean number = false;
            boolean cap = false;
            for (String alt : part.split("/")) {
                if (alt.equals("#")) {
                    number = true;
                } else if (alt.equals("@cap")) {
                    cap = true;
                } else if (alt.endsWith("*") && alt.length() > 1) {
                    prefixes.add(alt.substring(0, alt.length() - 1));
                } else if (!alt.isEmpty()) {
                    words.add(alt);
                }
            }
            specs.add(new Spec(new WordSet(words), prefixes.toArray(new String[0]), number, cap, 0));
        }
        if (specs.isEmpty() || specs.get(0).gap() > 0 || specs.get(specs.size() - 1).gap() > 0) {
            throw new IllegalArgumentException("a token pattern must start and end with a word: " + source);
        }
        return new TokenPattern(source, List.copyOf(specs));
    }

    public String source() {
        return source;
    }

    /** Literal first words (for indexing); empty when the first position is a prefix, number or @cap. */
    public Set<String> firstWords() {
        return specs.get(0).words().words();
    }

    public List<String> firstPrefixes() {
        return List.of(specs.get(0).prefixes());
    }

    public boolean firstIsOpen() {
        return specs.get(0).number() || specs.get(0).capitalised();
    }

    /** Exclusive end token index of a match starting at {@code from}, or -1. */
    public int matchAt(List<Token> tokens, int from, int limit) {
        return match(tokens, from, limit, 0);
    }

    private int match(List<Token> tokens, int at, int limit, int specIndex) {
        if (specIndex == specs.size()) {
            return at;
        }
        Spec s = specs.get(specIndex);
        if (s.gap() > 0) {
            for (int skip = 0; skip <= s.gap() && at + skip < limit; skip++) {
                if (skip > 0 && tokens.get(at + skip - 1).isClauseBreak()) {
                    break;
                }
                int end = match(tokens, at + skip, limit, specIndex + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= limit || !s.matches(tokens.get(at))) {
            return -1;
        }
        return match(tokens, at + 1, limit, specIndex + 1);
    }

    @Override
    public String toString() {
        return source;
    }
}

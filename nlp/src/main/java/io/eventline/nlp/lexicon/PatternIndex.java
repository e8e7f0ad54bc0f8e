package io.eventline.nlp.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Finds which of many token patterns start at each token: literal first words by hash lookup, prefixes by looking
 * up the token's own prefixes of the lengths that occur. Cost per token: a handful of hash lookups, no allocation.
 *
 * @param <T> what a pattern stands for (a trigger rule, a cue)
 */
public final class PatternIndex<T> {

    private record Entry<T>(TokenPattern pattern, T value) {
    }

    /** Receives one match: the pattern's value and the token range [start, end) it covers. */
    @FunctionalInterface
    public interface Hit<T> {
        void accept(T value, int start, int end);
    }

    private final WordMap<Entry<T>[]> byWord;
    private final Entry<T>[] open;
    /**
     * Prefix patterns by their first three letters, so a token costs one lookup whatever the prefix lengths. Keyed by
     * the three chars packed into a long (open addressing), so the lookup needs no substring.
     */
    private final long[] headKeys;
    private final Entry<T>[][] headValues;
    private final int headMask;
    private final Entry<T>[] shortPrefixes;
    /**
     * For every word registered when the index was built, by vocabulary id: the entries of the whole word followed by
     * those of its first three letters (null when none), so a known word costs one array read instead of two lookups.
     */
    private final Entry<T>[][] byKnownWord;

    @SuppressWarnings("unchecked")
    public PatternIndex(List<Map.Entry<TokenPattern, T>> patterns) {
        Map<String, List<Entry<T>>> words = new HashMap<>();
        List<Entry<T>> openList = new ArrayList<>();
        Map<String, List<Entry<T>>> byPrefixHead = new LinkedHashMap<>();
        List<Entry<T>> shortList = new ArrayList<>();
        for (Map.Entry<TokenPattern, T> p : patterns) {
            Entry<T> e = new Entry<>(p.getKey(), p.getValue());
            for (String w : p.getKey().firstWords()) {
                words.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
            }
            for (String pre : p.getKey().firstPrefixes()) {
                if (pre.length() < 3) {
                    shortList.add(e);
                } else {
                    byPrefixHead.computeIfAbsent(pre.substring(0, 3), k -> new ArrayList<>()).add(e);
                }
            }
            if (p.getKey().firstIsOpen()) {
                openList.add(e);
            }
        }
        Map<String, Entry<T>[]> arrays = new HashMap<>();
        words.forEach((w, l) -> arrays.put(w, l.toArray(new Entry[0])));
        byWord = new WordMap<>(arrays);
        open = openList.toArray(new Entry[0]);
        shortPrefixes = shortList.toArray(new Entry[0]);
        int size = 16;
        while (size < byPrefixHead.size() * 4) {
            size <<= 1;
        }
        headKeys = new long[size];
        headValues = new Entry[size][];
        headMask = size - 1;
        byPrefixHead.forEach((head, l) -> {
            long key = pack(head.charAt(0), head.charAt(1), head.charAt(2));
            int slot = slot(key);
            while (headValues[slot] != null) {
                slot = (slot + 1) & headMask;
            }
            headKeys[slot] = key;
            headValues[slot] = l.toArray(new Entry[0]);
        });
        String[] vocabulary = Vocabulary.words();
        byKnownWord = new Entry[vocabulary.length][];
        for (int id = 0; id < vocabulary.length; id++) {
            byKnownWord[id] = wordThenHead(vocabulary[id]);
        }
    }

    /** The entries of {@code w} as a whole word, then those of its first three letters; null when none. */
    private Entry<T>[] wordThenHead(String w) {
        Entry<T>[] exact = byWord.get(w);
        Entry<T>[] head = w.length() >= 3 ? byHead(w) : null;
        if (exact == null || head == null) {
            return exact != null ? exact : head;
        }
        Entry<T>[] both = Arrays.copyOf(exact, exact.length + head.length);
        System.arraycopy(head, 0, both, exact.length, head.length);
        return both;
    }

    private static long pack(char a, char b, char c) {
        return ((long) a << 32) | ((long) b << 16) | c;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & headMask;
    }

    private Entry<T>[] byHead(String w) {
        long key = pack(w.charAt(0), w.charAt(1), w.charAt(2));
        int slot = slot(key);
        Entry<T>[] v;
        while ((v = headValues[slot]) != null) {
            if (headKeys[slot] == key) {
                return v;
            }
            slot = (slot + 1) & headMask;
        }
        return null;
    }

    /** Calls {@code onMatch(value, endTokenExclusive)} for every pattern matching at token {@code i}. */
    public void matchAt(List<Token> tokens, int i, int limit, BiConsumer<T, Integer> onMatch) {
        forEachMatch(tokens, i, limit, (value, start, end) -> onMatch.accept(value, end));
    }

    /**
     * Calls {@code onMatch(value, i, endTokenExclusive)} for every pattern matching at token {@code i}: first the
     * patterns indexed by the whole word, then by its first three letters, then shorter prefixes, then open ones.
     */
    public void forEachMatch(List<Token> tokens, int i, int limit, Hit<T> onMatch) {
        Token t = tokens.get(i);
        int id = t.word();
        if (id >= 0 && id < byKnownWord.length) {
            Entry<T>[] known = byKnownWord[id];
            if (known != null) {
                report(known, tokens, i, limit, onMatch);
            }
        } else {
            Entry<T>[] exact = byWord.get(t);
            if (exact != null) {
                report(exact, tokens, i, limit, onMatch);
            }
            String w = t.lower();
            if (w.length() >= 3) {
                Entry<T>[] pre = byHead(w);
                if (pre != null) {
                    report(pre, tokens, i, limit, onMatch);
                }
            }
        }
        report(shortPrefixes, tokens, i, limit, onMatch);
        report(open, tokens, i, limit, onMatch);
    }

    private static <T> void report(Entry<T>[] entries, List<Token> tokens, int i, int limit, Hit<T> onMatch) {
        for (Entry<T> e : entries) {
            int end = e.pattern().matchAt(tokens, i, limit);
            if (end > i) {
                onMatch.accept(e.value(), i, end);
            }
        }
    }

    /** Whether any pattern matches anywhere in [from, to). */
    public boolean anyIn(List<Token> tokens, int from, int to) {
        boolean[] hit = {false};
        for (int i = from; i < to && !hit[0]; i++) {
            forEachMatch(tokens, i, to, (v, start, end) -> hit[0] = true);
        }
        return hit[0];
    }
}

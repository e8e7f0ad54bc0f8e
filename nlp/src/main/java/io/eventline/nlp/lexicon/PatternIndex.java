package io.eventline.nlp.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Finds which of many token patterns start at each token: literal first words by hash lookup, prefixes by looking
 * up the token's own prefixes of the lengths that occur. Cost per token: a handful of hash lookups.
 *
 * @param <T> what a pattern stands for (a trigger rule, a cue)
 */
public final class PatternIndex<T> {

    private record Entry<T>(TokenPattern pattern, T value) {
    }

    private final Map<String, List<Entry<T>>> byWord = new HashMap<>();
    private final List<Entry<T>> open = new ArrayList<>();
    /** Prefix patterns by their first three letters, so a token costs one lookup whatever the prefix lengths. */
    private final Map<String, List<Entry<T>>> byPrefixHead = new HashMap<>();
    private final List<Entry<T>> shortPrefixes = new ArrayList<>();

    public PatternIndex(List<Map.Entry<TokenPattern, T>> patterns) {
        for (Map.Entry<TokenPattern, T> p : patterns) {
            Entry<T> e = new Entry<>(p.getKey(), p.getValue());
            for (String w : p.getKey().firstWords()) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
            }
            for (String pre : p.getKey().firstPrefixes()) {
                if (pre.length() < 3) {
                    shortPrefixes.add(e);
                } else {
                    byPrefixHead.computeIfAbsent(pre.substring(0, 3), k -> new ArrayList<>()).add(e);
                }
            }
            if (p.getKey().firstIsOpen()) {
                open.add(e);
            }
        }
    }

    /** Calls {@code onMatch(value, endTokenExclusive)} for every pattern matching at token {@code i}. */
    public void matchAt(List<Token> tokens, int i, int limit, BiConsumer<T, Integer> onMatch) {
        String w = tokens.get(i).lower();
        List<Entry<T>> exact = byWord.get(w);
        if (exact != null) {
            for (Entry<T> e : exact) {
                int end = e.pattern().matchAt(tokens, i, limit);
                if (end > i) {
                    onMatch.accept(e.value(), end);
                }
            }
        }
        if (w.length() >= 3) {
            List<Entry<T>> pre = byPrefixHead.get(w.substring(0, 3));
            if (pre != null) {
                for (Entry<T> e : pre) {
                    int end = e.pattern().matchAt(tokens, i, limit);
                    if (end > i) {
                        onMatch.accept(e.value(), end);
                    }
                }
            }
        }
        for (Entry<T> e : shortPrefixes) {
            int end = e.pattern().matchAt(tokens, i, limit);
            if (end > i) {
                onMatch.accept(e.value(), end);
            }
        }
        for (Entry<T> e : open) {
            int end = e.pattern().matchAt(tokens, i, limit);
            if (end > i) {
                onMatch.accept(e.value(), end);
            }
        }
    }

    /** Whether any pattern matches anywhere in [from, to). */
    public boolean anyIn(List<Token> tokens, int from, int to) {
        boolean[] hit = {false};
        for (int i = from; i < to && !hit[0]; i++) {
            matchAt(tokens, i, to, (v, end) -> hit[0] = true);
        }
        return hit[0];
    }
}

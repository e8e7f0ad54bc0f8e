package io.eventline.nlp.lexicon;

import java.util.Collection;
import java.util.Set;

/**
 * An immutable set of lower-cased words, asked about tokens: membership is one bit test by the token's vocabulary id
 * (see {@link Vocabulary}), the same answer as {@code words.contains(token.lower())} without hashing the text.
 */
public final class WordSet {

    private final Set<String> words;
    /**
     * Bit {@code id - minId} set for each word's id: the bits span only the set's own ids, so the many small sets
     * of the rules stay small (a set of a few words is one or two longs, not one bit per vocabulary word).
     */
    private final long[] bits;
    /** The smallest vocabulary id of the words, 0 when empty. */
    private final int minId;
    /** The largest vocabulary id of the words, -1 when empty. */
    private final int maxId;

    public WordSet(Collection<String> words) {
        this.words = Set.copyOf(words);
        int min = Integer.MAX_VALUE;
        int max = -1;
        int[] ids = new int[this.words.size()];
        int n = 0;
        for (String w : this.words) {
            ids[n] = Vocabulary.register(w);
            min = Math.min(min, ids[n]);
            max = Math.max(max, ids[n++]);
        }
        this.minId = n == 0 ? 0 : min;
        this.maxId = max;
        this.bits = new long[n == 0 ? 0 : ((max - minId) >> 6) + 1];
        for (int id : ids) {
            int bit = id - minId;
            bits[bit >> 6] |= 1L << bit;
        }
    }

    public static WordSet of(String... words) {
        return new WordSet(Set.of(words));
    }

    /** Whether the token's lower-cased text is one of the words. */
    public boolean contains(Token t) {
        int id = t.word();
        if (id >= 0) {
            int bit = id - minId;
            int slot = bit >> 6;
            return bit >= 0 && slot < bits.length && (bits[slot] & (1L << bit)) != 0;
        }
        // a word unknown when the token was made is one of ours only if we registered it since
        return maxId >= Vocabulary.known(id) && words.contains(t.lower());
    }

    /** Whether the text (lower-cased by the caller) is one of the words. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words, for building other indexes. */
    public Set<String> words() {
        return words;
    }
}

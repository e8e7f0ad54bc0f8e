package io.eventline.nlp.time;

import java.util.Arrays;

/**
 * The start prefixes of a date rule ({@link LiteralRequirements#startPrefixes}) as a trie, so checking where a rule
 * could match costs a walk along the text rather than one comparison per prefix (a rule with month and weekday names
 * has thousands). Accepts a position when some prefix accepts the text there.
 */
final class StartTrie {

    private final boolean terminal;
    private final char[] chars;
    private final StartTrie[] next;
    private final StartTrie whitespace;
    private final StartTrie digit;

    private StartTrie(Builder b) {
        terminal = b.terminal;
        chars = new char[b.charCount];
        next = new StartTrie[b.charCount];
        for (int i = 0; i < b.charCount; i++) {
            chars[i] = b.chars[i];
            next[i] = new StartTrie(b.next[i]);
        }
        whitespace = b.whitespace == null ? null : new StartTrie(b.whitespace);
        digit = b.digit == null ? null : new StartTrie(b.digit);
    }

    /** The trie of the prefixes, or null (accept everything) when there are none. */
    static StartTrie of(int[][] prefixes) {
        if (prefixes == null) {
            return null;
        }
        Builder root = new Builder();
        for (int[] p : prefixes) {
            Builder b = root;
            for (int atom : p) {
                b = b.child(atom);
            }
            b.terminal = true;
        }
        return new StartTrie(root);
    }

    /**
     * Whether a prefix accepts the start of {@code text[from, to)}: folded chars compared as the pattern compares them,
     * a whitespace atom as a run of {@code \\s} chars (greedy, which is exact: what follows it is never whitespace),
     * digits as {@code \\d} ({@code [0-9]}).
     */
    boolean accepts(String text, int from, int to) {
        if (terminal) {
            return true;
        }
        if (whitespace != null) {
            int p = from;
            while (p < to && LiteralRequirements.isRegexSpace(text.charAt(p))) {
                p++;
            }
            if (whitespace.accepts(text, p, to)) {
                return true;
            }
        }
        if (from >= to) {
            return false;
        }
        char c = text.charAt(from);
        if (digit != null && c >= '0' && c <= '9' && digit.accepts(text, from + 1, to)) {
            return true;
        }
        char f = LiteralRequirements.fold(c);
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == f) {
                return next[i].accepts(text, from + 1, to);
            }
        }
        return false;
    }

    private static final class Builder {
        boolean terminal;
        char[] chars = new char[2];
        Builder[] next = new Builder[2];
        int charCount;
        Builder whitespace;
        Builder digit;

        Builder child(int atom) {
            if (atom == LiteralRequirements.WS) {
                return whitespace == null ? (whitespace = new Builder()) : whitespace;
            }
            if (atom == LiteralRequirements.DIGIT_0_9) {
                return digit == null ? (digit = new Builder()) : digit;
            }
            for (int i = 0; i < charCount; i++) {
                if (chars[i] == atom) {
                    return next[i];
                }
            }
            if (charCount == chars.length) {
                chars = Arrays.copyOf(chars, charCount * 2);
                next = Arrays.copyOf(next, charCount * 2);
            }
            chars[charCount] = (char) atom;
            next[charCount] = new Builder();
            return next[charCount++];
        }
    }
}

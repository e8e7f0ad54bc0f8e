package io.eventline.nlp.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A single-pass tokenizer tuned for news English: keeps "42.7", "1,200", "U.S.", "Jean-Yves" and "didn't" whole,
 * splits the possessive "'s" off so "Germany's" still matches the gazetteer. Much cheaper than a statistical
 * tokenizer, which matters for the per-article throughput target.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        // the range as chars, read at cs[index - from]: no per-char bounds and coder checks of String.charAt; in a
        // buffer of the thread's, as nothing keeps the chars after the call
        char[] cs = charsOf(text, from, to);
        Vocabulary.State vocabulary = Vocabulary.snapshot();
        int i = from;
        while (i < to) {
            char c = cs[i - from];
            if (Chars.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Chars.isLetterOrDigit(c)) {
                if (isApostrophe(c) && i + 1 < to && (cs[i + 1 - from] == 's' || cs[i + 1 - from] == 'S')
                        && (i + 2 >= to || !Chars.isLetter(cs[i + 2 - from]))) {
                    out.add(Token.of("'s", i, i + 2, false, Vocabulary.lookup(vocabulary, "'s")));
                    i += 2;
                    continue;
                }
                char n = normalizePunct(c);
                String p = n < ASCII.length ? ASCII[n] : String.valueOf(n);
                out.add(Token.of(p, i, i + 1, false, Vocabulary.lookup(vocabulary, p)));
                i++;
                continue;
            }
            int start = i;
            boolean abbreviation = false;
            i++;
            while (i < to) {
                char d = cs[i - from];
                if (Chars.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '-' || d == '.' || d == ',' || isApostrophe(d)) && i + 1 < to
                        && Chars.isLetterOrDigit(cs[i + 1 - from])) {
                    char prev = cs[i - 1 - from];
                    char next = cs[i + 1 - from];
                    if (d == ',' && !(Chars.isDigit(prev) && Chars.isDigit(next))) {
                        break;
                    }
                    if (d == '.' && !(Chars.isDigit(prev) && Chars.isDigit(next))
                            && !(Chars.isUpperCase(prev) && Chars.isUpperCase(next) && i + 2 < to && cs[i + 2 - from] == '.')) {
                        break;
                    }
                    if (isApostrophe(d) && (next == 's' || next == 'S') && (i + 2 >= to || !Chars.isLetter(cs[i + 2 - from]))) {
                        break; // possessive: emitted as its own token
                    }
                    if (d == '.') {
                        abbreviation = true;
                    }
                    i += 2;
                } else {
                    break;
                }
            }
            if (abbreviation && i < to && cs[i - from] == '.') {
                i++; // "U.S." keeps its final dot
            }
            out.add(word(text, cs, from, start, i, Chars.isUpperCase(c), vocabulary));
        }
        return out;
    }

    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[4096]);
    /** Longer texts get an array of their own, so a rare huge text does not stay held by every thread. */
    private static final int MAX_KEPT = 1 << 16;

    /** {@code text[from, to)} copied to the start of the thread's buffer (grown when too small). */
    private static char[] charsOf(String text, int from, int to) {
        int n = to - from;
        char[] cs = n <= MAX_KEPT ? BUFFER.get() : new char[n];
        if (cs.length < n) {
            cs = new char[Math.min(MAX_KEPT, Math.max(n, cs.length * 2))];
            BUFFER.set(cs);
        }
        text.getChars(from, to, cs, 0);
        return cs;
    }

    /** One-char strings of the ASCII punctuation tokens, shared instead of made per token. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    /**
     * The word token of {@code text[start, end)}: its text is
     * {@code text.substring(start, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT)}. An ASCII word (where
     * lower-casing only changes A-Z) is lower-cased and hashed in one pass and looked up in the vocabulary straight
     * from the chars; a known word shares the registered string, any other gets one string, without intermediates.
     */
    private static Token word(String text, char[] cs, int base, int start, int end, boolean capitalized,
                              Vocabulary.State vocabulary) {
        int hash = 0;
        boolean upper = false;
        for (int k = start; k < end; k++) {
            char ch = cs[k - base];
            if (ch >= 128) {
                String lower = text.substring(start, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
                return Token.of(lower, start, end, capitalized, Vocabulary.lookup(vocabulary, lower));
            }
            if (ch >= 'A' && ch <= 'Z') {
                upper = true;
                ch += 'a' - 'A';
            }
            hash = 31 * hash + ch;
        }
        Vocabulary.Entry known = Vocabulary.lookupLowerAscii(vocabulary, cs, start - base, end - base, hash);
        if (known != null) {
            return Token.of(known.word(), start, end, capitalized, known.id());
        }
        String lower;
        if (upper) {
            char[] chars = new char[end - start];
            for (int k = start; k < end; k++) {
                char ch = cs[k - base];
                chars[k - start] = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
            }
            lower = new String(chars);
        } else {
            lower = text.substring(start, end);
        }
        return Token.of(lower, start, end, capitalized, Vocabulary.unknownIn(vocabulary));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static char normalizePunct(char c) {
        return switch (c) {
            case '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e' -> '"';
            case '\u2018', '\u2019' -> '\'';
            default -> c;
        };
    }
}

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
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))) {
                    out.add(new Token("'s", i, i + 2, false));
                    i += 2;
                    continue;
                }
                char n = normalizePunct(c);
                out.add(new Token(n < ASCII.length ? ASCII[n] : String.valueOf(n), i, i + 1, false));
                i++;
                continue;
            }
            int start = i;
            boolean abbreviation = false;
            i++;
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '-' || d == '.' || d == ',' || isApostrophe(d)) && i + 1 < to
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    char prev = text.charAt(i - 1);
                    char next = text.charAt(i + 1);
                    if (d == ',' && !(Character.isDigit(prev) && Character.isDigit(next))) {
                        break;
                    }
                    if (d == '.' && !(Character.isDigit(prev) && Character.isDigit(next))
                            && !(Character.isUpperCase(prev) && Character.isUpperCase(next) && i + 2 < to && text.charAt(i + 2) == '.')) {
                        break;
                    }
                    if (isApostrophe(d) && (next == 's' || next == 'S') && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))) {
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
            if (abbreviation && i < to && text.charAt(i) == '.') {
                i++; // "U.S." keeps its final dot
            }
            out.add(new Token(lower(text, start, i), start, i, Character.isUpperCase(c)));
        }
        return out;
    }

    /** One-char strings of the ASCII punctuation tokens, shared instead of made per token. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    /**
     * {@code text.substring(start, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT)}, without the
     * intermediate strings when the word is ASCII (where only A-Z change).
     */
    private static String lower(String text, int start, int end) {
        boolean upper = false;
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            if (ch >= 128) {
                return text.substring(start, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            }
            upper |= ch >= 'A' && ch <= 'Z';
        }
        if (!upper) {
            return text.substring(start, end);
        }
        char[] out = new char[end - start];
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            out[k - start] = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
        }
        return new String(out);
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

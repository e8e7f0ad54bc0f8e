package io.eventline.nlp.lexicon;

/**
 * The {@link Character} tests the tokenizer and tokens use, answered for ASCII from a table built with those very
 * methods (so the answers are the same), and by them for any other char. {@code Character}'s own lookup goes
 * through a per-block dispatch on every call, which the tokenizer would pay on every char of every article.
 */
final class Chars {

    private static final byte WHITESPACE = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 4;
    private static final byte UPPER = 8;
    private static final byte LETTER_OR_DIGIT = 16;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = (byte) ((Character.isWhitespace(c) ? WHITESPACE : 0) | (Character.isLetter(c) ? LETTER : 0)
                    | (Character.isDigit(c) ? DIGIT : 0) | (Character.isUpperCase(c) ? UPPER : 0)
                    | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0));
        }
    }

    private Chars() {
    }

    static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
    }

    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }
}

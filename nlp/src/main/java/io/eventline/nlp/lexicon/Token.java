package io.eventline.nlp.lexicon;

/**
 * One word, number or punctuation mark of an article's text.
 *
 * @param lower the token lower-cased (Locale.ROOT); what the lexicons match against
 * @param start offset in the article text (inclusive)
 * @param end   offset in the article text (exclusive)
 * @param word  the {@link Vocabulary} id of {@code lower}, or a negative value when the word was not registered when
 *              the token was made (see {@link Vocabulary#lookup})
 * @param flags what {@link #capitalized}, {@link #isWord}, {@link #isNumber} and {@link #isClauseBreak} answer,
 *              worked out once when the token is made ({@link #of}), as the many passes over a sentence's tokens
 *              ask them again and again
 */
public record Token(String lower, int start, int end, int word, int flags) {

    private static final int CAPITALIZED = 1;
    private static final int WORD = 2;
    private static final int NUMBER = 4;
    private static final int CLAUSE_BREAK = 8;

    /** The token of a lower-cased text, its flags worked out from it. */
    static Token of(String lower, int start, int end, boolean capitalized, int word) {
        char first = lower.charAt(0);
        int flags = (capitalized ? CAPITALIZED : 0)
                | (Chars.isLetterOrDigit(first) ? WORD : 0)
                | (Chars.isDigit(first) ? NUMBER : 0)
                | (lower.length() == 1 && ";:()[]\u2013\u2014".indexOf(first) >= 0 ? CLAUSE_BREAK : 0);
        return new Token(lower, start, end, word, flags);
    }

    /** True when the token starts with an upper-case letter (proper-noun hint). */
    public boolean capitalized() {
        return (flags & CAPITALIZED) != 0;
    }

    public boolean isWord() {
        return (flags & WORD) != 0;
    }

    public boolean isNumber() {
        return (flags & NUMBER) != 0;
    }

    /** Punctuation that ends a clause for the purpose of scoping cues and attaching dates. */
    public boolean isClauseBreak() {
        return (flags & CLAUSE_BREAK) != 0;
    }

    public boolean is(String word) {
        return lower.equals(word);
    }
}

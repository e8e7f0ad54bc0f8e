package io.eventline.nlp.lexicon;

/**
 * One word, number or punctuation mark of an article's text.
 *
 * @param lower       the token lower-cased (Locale.ROOT); what the lexicons match against
 * @param start       offset in the article text (inclusive)
 * @param end         offset in the article text (exclusive)
 * @param capitalized true when the token starts with an upper-case letter (proper-noun hint)
 * @param word        the {@link Vocabulary} id of {@code lower}, or a negative value when the word was not registered
 *                    when the token was made (see {@link Vocabulary#lookup})
 */
public record Token(String lower, int start, int end, boolean capitalized, int word) {

    public boolean isWord() {
        return Chars.isLetterOrDigit(lower.charAt(0));
    }

    public boolean isNumber() {
        return Chars.isDigit(lower.charAt(0));
    }

    /** Punctuation that ends a clause for the purpose of scoping cues and attaching dates. */
    public boolean isClauseBreak() {
        return lower.length() == 1 && ";:()[]\u2013\u2014".indexOf(lower.charAt(0)) >= 0;
    }

    public boolean is(String word) {
        return lower.equals(word);
    }
}

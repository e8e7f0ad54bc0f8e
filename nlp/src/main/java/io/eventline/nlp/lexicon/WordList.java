package io.eventline.nlp.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A "a/b/c*" list of context words (requires / excludes of a rule), checked against a sentence with one hash
 * lookup per token instead of one pattern match per word and token.
 */
public final class WordList {

    private final Set<String> words = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<TokenPattern> phrases = new ArrayList<>();

    public WordList(String slashList) {
        if (slashList == null || slashList.isBlank()) {
            return;
        }
        for (String w : slashList.strip().toLowerCase().split("/")) {
            String word = w.strip();
            if (word.contains(" ")) {
                phrases.add(TokenPattern.compile(word));
            } else if (word.endsWith("*")) {
                prefixes.add(word.substring(0, word.length() - 1));
            } else if (!word.isEmpty()) {
                words.add(word);
            }
        }
    }

    public boolean isEmpty() {
        return words.isEmpty() && prefixes.isEmpty() && phrases.isEmpty();
    }

    /** Whether one of the words occurs in tokens [from, to). */
    public boolean anyIn(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (words.contains(w)) {
                return true;
            }
            for (String p : prefixes) {
                if (w.startsWith(p)) {
                    return true;
                }
            }
        }
        for (TokenPattern p : phrases) {
            if (p.anyIn(tokens, from, to)) {
                return true;
            }
        }
        return false;
    }
}

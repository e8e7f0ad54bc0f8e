package io.eventline.nlp.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A "a/b/c*" list of context words (requires / excludes of a rule), checked against a sentence with one lookup
 * per token (by vocabulary id, see {@link WordSet}) instead of one pattern match per word and token.
 */
public final class WordList {

    private final WordSet words;
    private final String[] prefixes;
    private final TokenPattern[] phrases;
    /** The words every phrase starts with, when all start with plain words: phrases are only tried there. */
    private final WordSet phraseStarts;

    public WordList(String slashList) {
        Set<String> wordSet = new HashSet<>();
        List<String> prefixList = new ArrayList<>();
        List<TokenPattern> phraseList = new ArrayList<>();
        if (slashList != null && !slashList.isBlank()) {
            for (String w : slashList.strip().toLowerCase().split("/")) {
                String word = w.strip();
                if (word.contains(" ")) {
                    phraseList.add(TokenPattern.compile(word));
                } else if (word.endsWith("*")) {
                    prefixList.add(word.substring(0, word.length() - 1));
                } else if (!word.isEmpty()) {
                    wordSet.add(word);
                }
            }
        }
        this.words = new WordSet(wordSet);
        this.prefixes = prefixList.toArray(new String[0]);
        this.phrases = phraseList.toArray(new TokenPattern[0]);
        Set<String> starts = new HashSet<>();
        boolean plain = true;
        for (TokenPattern p : phrases) {
            plain &= p.firstPrefixes().isEmpty() && !p.firstIsOpen();
            starts.addAll(p.firstWords());
        }
        this.phraseStarts = plain ? new WordSet(starts) : null;
    }

    public boolean isEmpty() {
        return words.isEmpty() && prefixes.length == 0 && phrases.length == 0;
    }

    /** Whether one of the words occurs in tokens [from, to). */
    public boolean anyIn(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (words.contains(t)) {
                return true;
            }
            if (prefixes.length > 0) {
                String w = t.lower();
                for (String p : prefixes) {
                    if (w.startsWith(p)) {
                        return true;
                    }
                }
            }
        }
        if (phrases.length == 0) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (phraseStarts != null && !phraseStarts.contains(tokens.get(i))) {
                continue; // no phrase can start here
            }
            for (TokenPattern p : phrases) {
                if (p.matchAt(tokens, i, to) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}

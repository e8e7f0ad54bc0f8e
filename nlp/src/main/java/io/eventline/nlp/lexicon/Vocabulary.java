package io.eventline.nlp.lexicon;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Small integer ids for the words the lexicons know, so a token is looked up by hash once, when it is made
 * ({@link Token#word()}), and every later "is this one of these words" is an array index ({@link WordSet},
 * {@link WordMap}). Words are registered when a lexicon is built and keep their id for the life of the JVM; the
 * vocabulary only grows with rule and gazetteer data, never with article text.
 * <p>
 * A token whose word was not registered when it was made carries a negative value that says how many words were
 * registered then ({@link #known}): such a word can only be one registered later, so a set whose words were all
 * registered by then answers "no" at once, and only a set made later looks the token up by its text. Results never
 * depend on the order in which lexicons and tokens were made.
 */
public final class Vocabulary {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    /** Number of registered words; written after the word is in {@link #IDS}. */
    private static volatile int size;

    private Vocabulary() {
    }

    /** The id of a word, registering it when new. */
    static int register(String word) {
        Integer id = IDS.get(word);
        if (id != null) {
            return id;
        }
        synchronized (IDS) {
            id = IDS.get(word);
            if (id == null) {
                id = size;
                IDS.put(word, id);
                size = id + 1;
            }
            return id;
        }
    }

    /**
     * The id of a registered word; for any other word {@code -(n + 1)}, where n words were registered before the
     * lookup, none of them this one.
     */
    static int lookup(String word) {
        int known = size; // read first: every word with a smaller id is visible in IDS now
        Integer id = IDS.get(word);
        return id != null ? id : -(known + 1);
    }

    /** For a negative {@link #lookup} result: how many words had been registered, none of them the word. */
    static int known(int lookup) {
        return -lookup - 1;
    }
}

package io.eventline.nlp.extract;

import io.eventline.nlp.lexicon.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The people an article has named so far, by lower-cased name key (full name, surname, last two names; words
 * joined by one space), so later bare mentions ("Le Drian said") resolve to the same rendered actor.
 */
final class KnownPeople {

    private final Map<String, String> actorsByKey = new HashMap<>();
    /** The first word of every key: a bare mention can only begin at a token whose text is one of them. */
    private final Set<String> firstWords = new HashSet<>();

    void putIfAbsent(String key, String actor) {
        if (actorsByKey.putIfAbsent(key, actor) == null) {
            int space = key.indexOf(' ');
            firstWords.add(space < 0 ? key : key.substring(0, space));
        }
    }

    /** The rendered actor of a name key, or null. */
    String get(String key) {
        return actorsByKey.get(key);
    }

    boolean isEmpty() {
        return actorsByKey.isEmpty();
    }

    /**
     * Whether some key can begin with the token: its text is a key's first word (a token holds no space, so a key
     * built from tokens from this one on starts with exactly its text).
     */
    boolean mayStartAt(Token t) {
        return firstWords.contains(t.lower());
    }
}

package io.eventline.nlp.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * An immutable map from lower-cased words to values, asked about tokens: one array index by the token's vocabulary
 * id (see {@link Vocabulary}), the same answer as {@code map.get(token.lower())} without hashing the text.
 *
 * @param <V> the values
 */
public final class WordMap<V> {

    private final Map<String, V> byText;
    private final Object[] byId;

    public WordMap(Map<String, V> map) {
        this.byText = new HashMap<>(map);
        int max = -1;
        for (String w : byText.keySet()) {
            max = Math.max(max, Vocabulary.register(w));
        }
        this.byId = new Object[max + 1];
        byText.forEach((w, v) -> byId[Vocabulary.register(w)] = v);
    }

    /** The value of the token's lower-cased text, or null. */
    @SuppressWarnings("unchecked")
    public V get(Token t) {
        int id = t.word();
        if (id >= 0) {
            return id < byId.length ? (V) byId[id] : null;
        }
        // a word unknown when the token was made is one of our keys only if we registered it since
        return byId.length > Vocabulary.known(id) ? byText.get(t.lower()) : null;
    }

    /** The value of a text (lower-cased by the caller), or null. */
    public V get(String word) {
        return byText.get(word);
    }
}

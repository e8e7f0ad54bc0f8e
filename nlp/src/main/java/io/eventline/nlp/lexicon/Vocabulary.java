package io.eventline.nlp.lexicon;

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
 * <p>
 * The tokenizer looks words up straight from the article text ({@link #lookupLowerAscii}), and a known word's token
 * shares the registered string, so the common words of a text cost no string of their own.
 */
public final class Vocabulary {

    /** A registered word: its text, id and {@link #hash}. Immutable, so safe to read without locking. */
    record Entry(String word, int id, int hash) {
    }

    /**
     * The table readers see: open addressing, linear probing. Every word with an id below {@code size} is in
     * {@code slots}; later words may already be too (they are written in place before the next state is published).
     */
    record State(Entry[] slots, int size) {
    }

    private static volatile State state = new State(new Entry[1024], 0);

    private Vocabulary() {
    }

    /** The id of a word, registering it when new. */
    static int register(String word) {
        Entry e = find(state, word);
        if (e != null) {
            return e.id();
        }
        synchronized (Vocabulary.class) {
            State s = state;
            e = find(s, word);
            if (e != null) {
                return e.id();
            }
            Entry[] slots = s.slots();
            if ((s.size() + 1) * 2 > slots.length) {
                slots = new Entry[slots.length * 2];
                for (Entry old : s.slots()) {
                    if (old != null) {
                        insert(slots, old);
                    }
                }
            }
            Entry added = new Entry(word, s.size(), hash(word));
            insert(slots, added);
            state = new State(slots, s.size() + 1);
            return added.id();
        }
    }

    private static void insert(Entry[] slots, Entry e) {
        int mask = slots.length - 1;
        int i = spread(e.hash()) & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = e;
    }

    private static Entry find(State s, String word) {
        Entry[] slots = s.slots();
        int mask = slots.length - 1;
        int h = hash(word);
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            Entry e = slots[i];
            if (e == null) {
                return null;
            }
            if (e.hash() == h && e.word().equals(word)) {
                return e;
            }
        }
    }

    /**
     * The id of a registered word; for any other word {@code -(n + 1)}, where n words were registered before the
     * lookup, none of them this one.
     */
    static int lookup(String word) {
        return lookup(state, word);
    }

    /** {@link #lookup(String)} in a snapshot. */
    static int lookup(State s, String word) {
        Entry e = find(s, word);
        return e != null ? e.id() : unknownIn(s);
    }

    /** For a negative {@link #lookup} result: how many words had been registered, none of them the word. */
    static int known(int lookup) {
        return -lookup - 1;
    }

    /** {@link String#hashCode()} of the word. */
    static int hash(String word) {
        return word.hashCode();
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * The registered words by id, as many as are registered now: for tables of what a word stands for, read by
     * {@link Token#word()} (a token with a larger or negative id is looked up by its text).
     */
    public static String[] words() {
        State s = state;
        String[] out = new String[s.size()];
        for (Entry e : s.slots()) {
            if (e != null && e.id() < out.length) {
                out[e.id()] = e.word();
            }
        }
        return out;
    }

    /** The vocabulary as a tokenizer sees it for one text: a consistent state to look words up in. */
    static State snapshot() {
        return state;
    }

    /**
     * The registered entry of {@code text[from, to)} lower-cased, where the range is ASCII and {@code hash} is the
     * {@link String#hashCode()} of its lower-cased form; null when not registered in {@code s} (then it was not among
     * the first {@code s.size()} words).
     */
    static Entry lookupLowerAscii(State s, char[] text, int from, int to, int hash) {
        Entry[] slots = s.slots();
        int mask = slots.length - 1;
        int n = to - from;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            Entry e = slots[i];
            if (e == null) {
                return null;
            }
            if (e.hash() == hash && e.word().length() == n && sameLowerAscii(e.word(), text, from)) {
                return e;
            }
        }
    }

    private static boolean sameLowerAscii(String word, char[] text, int from) {
        for (int k = 0; k < word.length(); k++) {
            char c = text[from + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (word.charAt(k) != c) {
                return false;
            }
        }
        return true;
    }

    /** The negative lookup result for a word not found in {@code s}. */
    static int unknownIn(State s) {
        return -(s.size() + 1);
    }
}

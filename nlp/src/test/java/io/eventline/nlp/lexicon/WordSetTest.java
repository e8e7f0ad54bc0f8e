package io.eventline.nlp.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lookups by vocabulary id give the answers of lookups by text, whichever was made first, token or lexicon. */
class WordSetTest {

    @Test
    void aTokenMadeBeforeItsWordWasRegisteredIsStillFound() {
        List<Token> tokens = Tokenizer.tokenize("Qwzxv and Vbnmq", 0, 15);
        assertThat(tokens.get(0).word()).isNegative();
        WordSet before = WordSet.of("and", "other");

        WordSet after = WordSet.of("qwzxv");
        WordMap<String> map = new WordMap<>(Map.of("vbnmq", "v"));

        assertThat(after.contains(tokens.get(0))).isTrue();
        assertThat(after.contains(tokens.get(2))).isFalse();
        assertThat(map.get(tokens.get(2))).isEqualTo("v");
        assertThat(map.get(tokens.get(0))).isNull();
        assertThat(before.contains(tokens.get(0))).isFalse();
        assertThat(before.contains(tokens.get(1))).isTrue();
    }

    @Test
    void aTokenMadeAfterRegistrationCarriesTheId() {
        WordSet set = WordSet.of("plkjhg");
        Token t = Tokenizer.tokenize("PLKJHG", 0, 6).get(0);

        assertThat(t.word()).isNotNegative();
        assertThat(set.contains(t)).isTrue();
        assertThat(WordSet.of("other").contains(t)).isFalse();
        assertThat(new WordMap<>(Map.of("plkjhg", 1)).get(t)).isEqualTo(1);
    }
}

package io.eventline.nlp.time;

import io.eventline.contracts.TextSpan;
import io.eventline.nlp.eval.Corpus;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.lexicon.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** The start check of a date rule never rejects a position where the rule's regex matches. */
class StartTrieTest {

    private static final List<DateRule> RULES = DateResolver.load(DateResolver.RULES);
    private static final List<StartTrie> TRIES = RULES.stream()
            .map(r -> StartTrie.of(LiteralRequirements.startPrefixes(r.pattern().pattern()))).toList();

    @Test
    void neverRejectsAMatchInTheCorpora() {
        int rejected = 0;
        int matched = 0;
        for (String folder : new String[] {"corpus", "holdout"}) {
            for (Corpus.Item item : Corpus.load(folder)) {
                String text = item.article().text();
                for (TextSpan s : item.article().sentences()) {
                    for (Token t : Tokenizer.tokenize(text, s.start(), s.end())) {
                        int[] counts = check(text, t.start(), s.end());
                        rejected += counts[0];
                        matched += counts[1];
                    }
                }
            }
        }
        assertThat(matched).isPositive();
        assertThat(rejected).isGreaterThan(matched); // and it does reject most positions
    }

    @Test
    void neverRejectsAMatchInAwkwardSpellings() {
        List<String> texts = new ArrayList<>(List.of("on  Friday", "ON FRIDAY, police", "on\tFriday", "the  same\nday",
                "THE SAME DAY", "the same\u00a0day", "on the 13th of November", "13 Nov. 2015", "2015-11-13",
                "Sept. 11, 2001", "the week after next", "in the past month", "earlier this week",
                "two days later", "a couple of days later", "\u212Aabul", "last  night", "since  Monday , 13 November"));
        for (DateRule r : RULES) {
            texts.addAll(r.examples());
        }
        for (String text : texts) {
            for (int from = 0; from < text.length(); from++) {
                check(text, from, text.length());
            }
        }
    }

    /** Checks every rule at one position: {rejected by the start check, matched by the regex}. */
    private static int[] check(String text, int from, int to) {
        int[] counts = new int[2];
        for (int i = 0; i < RULES.size(); i++) {
            DateRule r = RULES.get(i);
            StartTrie trie = TRIES.get(i);
            Matcher m = r.pattern().matcher(text).region(from, to);
            boolean matches = m.lookingAt();
            boolean accepted = trie == null || trie.accepts(text, from, to);
            if (matches) {
                counts[1]++;
                assertThat(accepted).as("%s at %d of \"%s\"", r.id(), from, text).isTrue();
            } else if (!accepted) {
                counts[0]++;
            }
        }
        return counts;
    }
}

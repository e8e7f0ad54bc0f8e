package io.eventline.nlp.extract;

import io.eventline.contracts.EventType;
import io.eventline.nlp.lexicon.TokenPattern;
import io.eventline.nlp.lexicon.WordList;

import java.util.List;

/**
 * One rule of {@code rules/triggers.rules}.
 *
 * @param noun        noun triggers must be specific and may be back-references; verbs report a happening themselves
 * @param requires    one of these words must occur in the sentence (empty: no condition)
 * @param excludes    none of these words may occur in the sentence
 * @param cameoIf     words that switch the CAMEO code to {@code cameoIfCode}
 */
record TriggerRule(String id, EventType type, String cameo, double weight, boolean noun, List<TokenPattern> patterns,
                   WordList requires, WordList excludes, WordList cameoIf,
                   String cameoIfCode, List<String> examples) {
}

package io.eventline.nlp.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One date rule from {@code rules/dates.rules}.
 *
 * @param keys     lower-cased words a match may start with; "#" stands for any number. Rules are only tried at
 *                 tokens in this set, which keeps the cost per sentence proportional to its date-like words.
 * @param norm     normalisation function name, with an optional ":argument"
 */
public record DateRule(String id, Pattern pattern, Set<String> keys, String norm, List<String> examples) {
}

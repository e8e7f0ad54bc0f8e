package io.eventline.nlp.extract;

import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;
import io.eventline.nlp.lexicon.PatternIndex;
import io.eventline.nlp.lexicon.RuleFile;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.lexicon.TokenPattern;
import io.eventline.nlp.lexicon.WordMap;
import io.eventline.nlp.lexicon.WordSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counted things ({@code rules/quantities.rules}): a number with a unit word after it or a verb before it. */
final class QuantityFinder {

    static final String RULES = "rules/quantities.rules";
    private static final int AFTER_WINDOW = 4;
    private static final WordSet QUALIFIERS = WordSet.of("at", "least", "more", "than", "over", "about", "around",
            "some", "nearly", "almost", "up", "to", "roughly", "approximately", "as", "many", "another", "further",
            "an", "additional", "estimated", "the", "of", "a");

    record UnitRule(String id, String unit, Set<EventType> types, List<TokenPattern> after, List<TokenPattern> before,
                    List<String> examples) {
    }

    private final List<UnitRule> rules;
    private final WordMap<Long> numberWords;
    /** The rules' {@code after} and {@code before} patterns, by the words they start with; values are rule indexes. */
    private final PatternIndex<Integer> after;
    private final PatternIndex<Integer> before;

    private QuantityFinder(List<UnitRule> rules, Map<String, Long> numberWords) {
        this.rules = rules;
        this.numberWords = new WordMap<>(numberWords);
        List<Map.Entry<TokenPattern, Integer>> afterPatterns = new ArrayList<>();
        List<Map.Entry<TokenPattern, Integer>> beforePatterns = new ArrayList<>();
        for (int ri = 0; ri < rules.size(); ri++) {
            for (TokenPattern p : rules.get(ri).after()) {
                afterPatterns.add(Map.entry(p, ri));
            }
            for (TokenPattern p : rules.get(ri).before()) {
                beforePatterns.add(Map.entry(p, ri));
            }
        }
        this.after = new PatternIndex<>(afterPatterns);
        this.before = new PatternIndex<>(beforePatterns);
    }

    static QuantityFinder load() {
        List<UnitRule> rules = new ArrayList<>();
        Map<String, Long> numberWords = new HashMap<>();
        List<RuleFile.Block> blocks = RuleFile.load(RULES);
        for (RuleFile.Block b : blocks) {
            for (String d : b.all("define")) {
                for (String pair : d.substring(d.indexOf('=') + 1).strip().split("\\s+")) {
                    String[] kv = pair.split(":");
                    numberWords.put(kv[0].replace('-', ' '), Long.parseLong(kv[1]));
                }
            }
            if (b.get("unit") == null) {
                continue;
            }
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            for (String t : b.get("types").split("\\s+")) {
                types.add(EventType.valueOf(t));
            }
            rules.add(new UnitRule(b.get("id"), b.get("unit"), types, phrases(b.get("after", "")),
                    phrases(b.get("before", "")), b.all("example")));
        }
        return new QuantityFinder(rules, numberWords);
    }

    private static List<TokenPattern> phrases(String slashList) {
        if (slashList.isBlank()) {
            return List.of();
        }
        return Arrays.stream(slashList.strip().split("/")).map(TokenPattern::compile).toList();
    }

    List<UnitRule> rules() {
        return rules;
    }

    /** Quantities in tokens [from, to) whose unit belongs to the event type. */
    List<Quantity> find(List<Token> tokens, int from, int to, EventType type) {
        List<Quantity> out = null;
        for (int i = from; i < to; i++) {
            long value = value(tokens, i);
            if (value < 0) {
                continue;
            }
            if (i + 1 < to && (tokens.get(i + 1).is("%") || tokens.get(i + 1).is("percent") || tokens.get(i + 1).is("per"))) {
                continue;
            }
            int numEnd = i + 1;
            // "a dozen", "two hundred": multiplier words after the number
            if (numEnd < to && value < 100 && (tokens.get(numEnd).is("hundred") || tokens.get(numEnd).is("thousand"))) {
                value *= tokens.get(numEnd).is("hundred") ? 100 : 1000;
                numEnd++;
            }
            String unit = unitFor(tokens, i, numEnd, from, to, type);
            if (unit != null) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                Quantity q = new Quantity(value, unit);
                if (!out.contains(q)) {
                    out.add(q);
                }
            }
            i = numEnd - 1;
        }
        return out == null ? List.of() : out;
    }

    private String unitFor(List<Token> tokens, int numStart, int numEnd, int from, int to, EventType type) {
        // the nearest unit word after the number wins ("ten jets bombed targets": aircraft, not targets)
        for (int k = numEnd; k < Math.min(to, numEnd + AFTER_WINDOW); k++) {
            if (tokens.get(k).isClauseBreak() || tokens.get(k).is(",") || tokens.get(k).is(".")) {
                break;
            }
            int rule = firstRule(after, tokens, k, to, type, -1);
            if (rule < rules.size()) {
                return rules.get(rule).unit();
            }
        }
        int k = numStart - 1;
        while (k >= from && QUALIFIERS.contains(tokens.get(k))) {
            k--;
        }
        // "killing at least 130": a before-pattern that ends right before the qualifiers
        int rule = Integer.MAX_VALUE;
        for (int s = Math.max(from, k - 1); s <= k; s++) {
            rule = Math.min(rule, firstRule(before, tokens, s, numStart, type, k + 1));
        }
        return rule < rules.size() ? rules.get(rule).unit() : null;
    }

    /**
     * The first rule, in file order, for the event type with a pattern matching at token {@code at} (ending at
     * {@code end}, when that is not negative); {@link Integer#MAX_VALUE} when none. The rule a scan of every rule's
     * patterns in order would find.
     */
    private int firstRule(PatternIndex<Integer> index, List<Token> tokens, int at, int limit, EventType type, int end) {
        int[] first = {Integer.MAX_VALUE};
        index.forEachMatch(tokens, at, limit, (rule, start, matchEnd) -> {
            if (rule < first[0] && (end < 0 || matchEnd == end) && rules.get(rule).types().contains(type)) {
                first[0] = rule;
            }
        });
        return first[0];
    }

    /** The number a token stands for, or -1. */
    private long value(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        if (t.isNumber()) {
            String digits = w.replace(",", "");
            if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
                return -1;
            }
            long v = Long.parseLong(digits);
            // years and times are not counts
            if (digits.length() == 4 && v >= 1900 && v <= 2100 && !w.contains(",")) {
                return -1;
            }
            return v;
        }
        if (w.equals("a") && i + 1 < tokens.size() && tokens.get(i + 1).is("dozen")) {
            return -1; // "a dozen" is read at "dozen"
        }
        Long v = numberWords.get(t);
        return v == null ? -1 : v;
    }
}

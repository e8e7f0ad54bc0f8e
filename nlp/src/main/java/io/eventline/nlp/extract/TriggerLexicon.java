package io.eventline.nlp.extract;

import io.eventline.contracts.EventType;
import io.eventline.nlp.lexicon.PatternIndex;
import io.eventline.nlp.lexicon.RuleFile;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.lexicon.TokenPattern;
import io.eventline.nlp.lexicon.WordList;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The trigger rules of {@code rules/triggers.rules}, indexed for one pass over a sentence's tokens. */
final class TriggerLexicon {

    static final String RULES = "rules/triggers.rules";

    private final List<TriggerRule> rules;
    private final PatternIndex<TriggerRule> index;

    private TriggerLexicon(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
        List<Map.Entry<TokenPattern, TriggerRule>> entries = new ArrayList<>();
        for (TriggerRule r : rules) {
            for (TokenPattern p : r.patterns()) {
                entries.add(new AbstractMap.SimpleImmutableEntry<>(p, r));
            }
        }
        this.index = new PatternIndex<>(entries);
    }

    static TriggerLexicon load() {
        List<TriggerRule> rules = new ArrayList<>();
        for (RuleFile.Block b : RuleFile.load(RULES)) {
            String id = b.get("id");
            if (id == null || b.get("type") == null || b.all("pattern").isEmpty()) {
                throw new IllegalStateException(b.where() + ": a trigger rule needs id, type and pattern");
            }
            EventType type = EventType.valueOf(b.get("type"));
            String cameo = b.get("cameo");
            String cameoIfCode = null;
            WordList cameoIf = new WordList("");
            String cif = b.get("cameo-if");
            if (cif != null) {
                String[] parts = cif.split("=>");
                cameoIf = new WordList(parts[0]);
                cameoIfCode = parts[1].strip();
            }
            rules.add(new TriggerRule(id, type, cameo == null || cameo.isBlank() ? type.defaultCameoCode() : cameo,
                    Double.parseDouble(b.get("weight", "0.8")), "noun".equals(b.get("kind", "verb")),
                    b.all("pattern").stream().map(TokenPattern::compile).toList(),
                    new WordList(b.get("requires", "")), new WordList(b.get("excludes", "")), cameoIf, cameoIfCode, b.all("example")));
        }
        return new TriggerLexicon(rules);
    }

    List<TriggerRule> rules() {
        return rules;
    }

    /** Non-overlapping trigger matches of tokens [from, to): conditions checked, then the longest match wins. */
    List<TriggerMatch> find(List<Token> tokens, int from, int to) {
        List<TriggerMatch> all = new ArrayList<>();
        PatternIndex.Hit<TriggerRule> sink = (rule, start, end) -> all.add(new TriggerMatch(rule, start, end));
        for (int i = from; i < to; i++) {
            index.forEachMatch(tokens, i, to, sink);
        }
        if (all.isEmpty()) {
            return List.of();
        }
        keepWhereConditionsHold(all, tokens, from, to);
        all.sort(LONGEST_FIRST);
        List<TriggerMatch> kept = new ArrayList<>();
        for (TriggerMatch m : all) {
            boolean overlaps = false;
            for (TriggerMatch k : kept) {
                if (m.from() < k.to() && k.from() < m.to()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(m);
            }
        }
        if (kept.size() > 1) {
            kept.sort(BY_FROM);
        }
        return kept;
    }

    /**
     * Drops the matches whose rule's sentence conditions fail, keeping the order. Each rule's conditions are checked
     * once, however often it matched: a later match of the same rule takes the verdict of its nearest earlier one (a
     * sentence has a handful of matches, so looking back costs less than a map).
     */
    private static void keepWhereConditionsHold(List<TriggerMatch> all, List<Token> tokens, int from, int to) {
        boolean[] holds = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            TriggerRule r = all.get(k).rule();
            int same = k - 1;
            while (same >= 0 && all.get(same).rule() != r) {
                same--;
            }
            holds[k] = same >= 0 ? holds[same] : conditionsHold(r, tokens, from, to);
        }
        int kept = 0;
        for (int k = 0; k < holds.length; k++) {
            if (holds[k]) {
                all.set(kept++, all.get(k));
            }
        }
        all.subList(kept, all.size()).clear();
    }

    /** Longest match first, then the heavier rule, then the earlier one (primitive compares, no boxing). */
    private static final Comparator<TriggerMatch> LONGEST_FIRST = (a, b) -> {
        int c = Integer.compare(b.length(), a.length());
        if (c != 0) {
            return c;
        }
        c = Double.compare(-a.rule().weight(), -b.rule().weight());
        return c != 0 ? c : Integer.compare(a.from(), b.from());
    };
    private static final Comparator<TriggerMatch> BY_FROM = (a, b) -> Integer.compare(a.from(), b.from());

    private static boolean conditionsHold(TriggerRule r, List<Token> tokens, int from, int to) {
        if (!r.requires().isEmpty() && !r.requires().anyIn(tokens, from, to)) {
            return false;
        }
        return r.excludes().isEmpty() || !r.excludes().anyIn(tokens, from, to);
    }
}

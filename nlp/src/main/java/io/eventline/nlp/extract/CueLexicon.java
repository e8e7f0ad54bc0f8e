package io.eventline.nlp.extract;

import io.eventline.nlp.lexicon.PatternIndex;
import io.eventline.nlp.lexicon.RuleFile;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.lexicon.TokenPattern;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The cue rules of {@code rules/cues.rules} and their scopes around a trigger. */
final class CueLexicon {

    static final String RULES = "rules/cues.rules";

    /** One cue rule: patterns and where they count relative to the trigger. */
    record CueRule(int index, String id, Cue cue, String scope, int window, List<TokenPattern> patterns, List<String> examples,
                   java.util.Set<io.eventline.contracts.EventType> types) {
    }

    private final Map<Cue, List<CueRule>> byCue = new EnumMap<>(Cue.class);
    private final List<CueRule> rules = new ArrayList<>();
    private PatternIndex<CueRule> index;

    /** Where cue patterns start in one sentence: computed once, then every trigger's scopes are plain scans. */
    static final class Hits {
        private final int from;
        private final List<List<long[]>> at;

        private Hits(int from, int to) {
            this.from = from;
            this.at = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                at.add(null);
            }
        }

        private void add(int pos, int ruleIndex, int end) {
            List<long[]> l = at.get(pos - from);
            if (l == null) {
                l = new ArrayList<>(2);
                at.set(pos - from, l);
            }
            l.add(new long[] {ruleIndex, end});
        }

        /** Whether a pattern of the rule starts at {@code pos} and ends at or before {@code limit}. */
        boolean starts(int pos, int ruleIndex, int limit) {
            return starts(pos, ruleIndex, limit, Integer.MIN_VALUE);
        }

        /** Same, and the pattern ends at or after {@code minEnd}. */
        boolean starts(int pos, int ruleIndex, int limit, int minEnd) {
            List<long[]> l = at.get(pos - from);
            if (l == null) {
                return false;
            }
            for (long[] h : l) {
                if (h[0] == ruleIndex && h[1] <= limit && h[1] >= minEnd) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Finds every cue pattern occurrence in the sentence [from, to). */
    Hits scan(List<Token> tokens, int from, int to) {
        Hits hits = new Hits(from, to);
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.capitalized() && i > from && t.is("may")) {
                continue; // the month, not the modal
            }
            final int pos = i;
            index.matchAt(tokens, i, to, (rule, end) -> hits.add(pos, rule.index(), end));
        }
        return hits;
    }

    static CueLexicon load() {
        CueLexicon c = new CueLexicon();
        for (RuleFile.Block b : RuleFile.load(RULES)) {
            String scope = b.get("scope", "before:5");
            String[] parts = scope.split(":");
            CueRule r = new CueRule(c.rules.size(), b.get("id"), Cue.valueOf(b.get("cue")), parts[0],
                    parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                    b.all("pattern").stream().map(TokenPattern::compile).toList(), b.all("example"),
                    types(b.get("types")));
            c.rules.add(r);
            c.byCue.computeIfAbsent(r.cue(), k -> new ArrayList<>()).add(r);
        }
        List<Map.Entry<TokenPattern, CueRule>> entries = new ArrayList<>();
        for (CueRule r : c.rules) {
            for (TokenPattern p : r.patterns()) {
                entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(p, r));
            }
        }
        c.index = new PatternIndex<>(entries);
        return c;
    }

    private static java.util.Set<io.eventline.contracts.EventType> types(String list) {
        java.util.Set<io.eventline.contracts.EventType> out = java.util.EnumSet.noneOf(io.eventline.contracts.EventType.class);
        if (list != null) {
            for (String t : list.strip().split("\\s+")) {
                out.add(io.eventline.contracts.EventType.valueOf(t));
            }
        }
        return out;
    }

    List<CueRule> rules() {
        return rules;
    }

    /**
     * Whether a cue of this kind applies to the trigger at tokens [trigFrom, trigTo) of the sentence [sFrom, sTo).
     * "before" scopes stop at a clause break or at another trigger's end ({@code stopAt}).
     */
    boolean has(Cue cue, Hits hits, List<Token> tokens, int sFrom, int sTo, int trigFrom, int trigTo, int stopAt,
                io.eventline.contracts.EventType type) {
        List<CueRule> list = byCue.get(cue);
        if (list == null) {
            return false;
        }
        for (CueRule r : list) {
            if (!r.types().isEmpty() && !r.types().contains(type)) {
                continue;
            }
            int ri = r.index();
            switch (r.scope()) {
                case "before" -> {
                    int lo = Math.max(Math.max(sFrom, stopAt), trigFrom - r.window());
                    for (int i = trigFrom - 1; i >= lo; i--) {
                        if (tokens.get(i).isClauseBreak()) {
                            break;
                        }
                        // a back-reference cue governs the trigger's own phrase: "in response to the (brutal) attack"
                        int minEnd = cue == Cue.BACKREF ? trigFrom - 3 : Integer.MIN_VALUE;
                        if (hits.starts(i, ri, trigTo, minEnd)) {
                            return true;
                        }
                        if (tokens.get(i).is(",") && cue != Cue.HYPOTHETICAL && cue != Cue.RUMOUR) {
                            break;
                        }
                    }
                }
                case "after" -> {
                    int hi = Math.min(sTo, trigTo + r.window());
                    for (int i = trigTo; i < hi; i++) {
                        if (tokens.get(i).isClauseBreak()) {
                            break;
                        }
                        if (hits.starts(i, ri, sTo)) {
                            return true;
                        }
                    }
                }
                default -> {
                    for (int i = sFrom; i < sTo; i++) {
                        if (hits.starts(i, ri, sTo)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}

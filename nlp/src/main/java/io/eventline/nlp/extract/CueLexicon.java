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
        /** Per token of the sentence: (rule index << 32 | end) of every cue pattern starting there, or null. */
        private final long[][] at;

        private Hits(int from, int to) {
            this.from = from;
            this.at = new long[Math.max(0, to - from)][];
        }

        private void add(int pos, int ruleIndex, int end) {
            long packed = ((long) ruleIndex << 32) | (end & 0xFFFFFFFFL);
            long[] l = at[pos - from];
            if (l == null) {
                l = new long[] {packed};
            } else {
                l = java.util.Arrays.copyOf(l, l.length + 1);
                l[l.length - 1] = packed;
            }
            at[pos - from] = l;
        }

        /** Whether a pattern of the rule starts at {@code pos} and ends at or before {@code limit}. */
        boolean starts(int pos, int ruleIndex, int limit) {
            return starts(pos, ruleIndex, limit, Integer.MIN_VALUE);
        }

        /** Same, and the pattern ends at or after {@code minEnd}. */
        boolean starts(int pos, int ruleIndex, int limit, int minEnd) {
            long[] l = at[pos - from];
            if (l == null) {
                return false;
            }
            for (long h : l) {
                int rule = (int) (h >>> 32);
                int end = (int) h;
                if (rule == ruleIndex && end <= limit && end >= minEnd) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Finds every cue pattern occurrence in the sentence [from, to). */
    Hits scan(List<Token> tokens, int from, int to) {
        Hits hits = new Hits(from, to);
        PatternIndex.Hit<CueRule> sink = (rule, start, end) -> hits.add(start, rule.index(), end);
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.capitalized() && i > from && t.is("may")) {
                continue; // the month, not the modal
            }
            index.forEachMatch(tokens, i, to, sink);
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

package io.eventline.nlp.extract;

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
    record CueRule(String id, Cue cue, String scope, int window, List<TokenPattern> patterns, List<String> examples) {
    }

    private final Map<Cue, List<CueRule>> byCue = new EnumMap<>(Cue.class);
    private final List<CueRule> rules = new ArrayList<>();

    static CueLexicon load() {
        CueLexicon c = new CueLexicon();
        for (RuleFile.Block b : RuleFile.load(RULES)) {
            String scope = b.get("scope", "before:5");
            String[] parts = scope.split(":");
            CueRule r = new CueRule(b.get("id"), Cue.valueOf(b.get("cue")), parts[0],
                    parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                    b.all("pattern").stream().map(TokenPattern::compile).toList(), b.all("example"));
            c.rules.add(r);
            c.byCue.computeIfAbsent(r.cue(), k -> new ArrayList<>()).add(r);
        }
        return c;
    }

    List<CueRule> rules() {
        return rules;
    }

    /**
     * Whether a cue of this kind applies to the trigger at tokens [trigFrom, trigTo) of the sentence [sFrom, sTo).
     * "before" scopes stop at a clause break or at another trigger's end ({@code stopAt}).
     */
    boolean has(Cue cue, List<Token> tokens, int sFrom, int sTo, int trigFrom, int trigTo, int stopAt) {
        List<CueRule> list = byCue.get(cue);
        if (list == null) {
            return false;
        }
        for (CueRule r : list) {
            switch (r.scope()) {
                case "before" -> {
                    int lo = Math.max(Math.max(sFrom, stopAt), trigFrom - r.window());
                    for (int i = trigFrom - 1; i >= lo; i--) {
                        if (tokens.get(i).isClauseBreak()) {
                            break;
                        }
                        if (matchesAt(r, tokens, i, trigTo, sFrom)) {
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
                        if (matchesAt(r, tokens, i, sTo, sFrom)) {
                            return true;
                        }
                    }
                }
                default -> {
                    for (int i = sFrom; i < sTo; i++) {
                        if (matchesAt(r, tokens, i, sTo, sFrom)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(CueRule r, List<Token> tokens, int i, int limit, int sFrom) {
        Token t = tokens.get(i);
        if (t.capitalized() && i > sFrom && t.is("may")) {
            return false; // the month, not the modal
        }
        for (TokenPattern p : r.patterns()) {
            if (p.matchAt(tokens, i, limit) >= 0) {
                return true;
            }
        }
        return false;
    }
}

package io.eventline.nlp.time;

import io.eventline.nlp.lexicon.RuleFile;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.lexicon.Tokenizer;
import io.eventline.nlp.lexicon.Vocabulary;
import io.eventline.nlp.lexicon.WordMap;
import io.eventline.nlp.lexicon.WordSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and resolves time expressions with the rules of {@code rules/dates.rules}. Rules are indexed by the words
 * a match can start with, so a sentence costs one hash lookup per token plus a few anchored regex attempts.
 * Thread-safe: compiled patterns are shared, matchers are per thread (reused from call to call).
 */
public final class DateResolver {

    public static final String RULES = "rules/dates.rules";

    /** Words before an expression that make a weekday or a bare month point forward. */
    private static final WordSet FUTURE_CUES = WordSet.of("will", "'ll", "shall", "would", "expected", "due", "scheduled",
            "plans", "plan", "planned", "planning", "intends", "going", "upcoming", "next", "opens", "begins", "starts",
            "convenes", "resumes", "reconvenes");
    /** Words that cancel the future reading of a preceding "to" ("said on Tuesday", "was to"). */
    private static final WordSet PAST_CUES = WordSet.of("said", "was", "were", "had", "has", "have", "did", "ago",
            "last", "told", "announced", "claimed", "killed", "attacked", "met", "held");

    /** Keys that are ordinary words: a rule is only tried there when a date-like word follows within two tokens. */
    private static final WordSet FUNCTION_KEYS = WordSet.of("the", "on", "in", "of", "a", "an", "one", "since", "until",
            "during", "from", "this", "last", "next", "early", "late", "mid", "earlier", "later", "that", "coming",
            "past", "previous", "following", "preceding");
    private static final Set<String> DATE_WORDS = Set.of("week", "weekend", "month", "year", "day", "days", "weeks",
            "months", "years", "night", "morning", "evening", "afternoon", "same", "next", "following", "previous",
            "preceding", "coming", "past", "few", "couple", "early", "late", "mid", "this", "that", "on", "of", "after",
            "before", "later", "earlier", "ago", "today", "tonight", "yesterday", "tomorrow");

    private final List<DateRule> rules;
    /** Words that make a function-word key date-like when they follow it: {@link #DATE_WORDS} and the rule keys. */
    private final WordSet dateWords;
    /** Rules by the words a match can start with, each with its position in {@link #rules}. */
    private final WordMap<Slot[]> slotsByKey;
    /** The rules a number can start ("#" key). */
    private final Slot[] numberSlots;
    /**
     * {@link #slots} of every word registered when the resolver was built, by vocabulary id, for tokens that are no
     * number: worked out once instead of per token (a hash lookup, then substrings for the dash and dot fallbacks).
     */
    private final Slot[][] slotsOfKnownWord;

    /**
     * A rule, its position in {@link #rules}, the positions in {@link #required} of the literals every match of it
     * contains and how its matches can begin (null: anyhow) (see {@link LiteralRequirements}).
     */
    private record Slot(DateRule rule, int index, int[] requires, StartTrie starts) {
    }

    /** Distinct any-of sets of folded literals that some rule's matches must contain. */
    private final List<String[]> required = new ArrayList<>();

    private DateResolver(List<DateRule> rules) {
        this.rules = List.copyOf(rules);
        int ruleCount = this.rules.size();
        this.threadMatchers = ThreadLocal.withInitial(() -> new Matchers(ruleCount));
        Map<String, List<Slot>> slots = new HashMap<>();
        for (int ri = 0; ri < this.rules.size(); ri++) {
            DateRule r = this.rules.get(ri);
            List<String[]> reqs = LiteralRequirements.of(r.pattern().pattern());
            int[] ids = new int[reqs.size()];
            for (int q = 0; q < ids.length; q++) {
                ids[q] = requirementId(reqs.get(q));
            }
            Slot slot = new Slot(r, ri, ids, StartTrie.of(LiteralRequirements.startPrefixes(r.pattern().pattern())));
            for (String k : r.keys()) {
                slots.computeIfAbsent(k, x -> new ArrayList<>()).add(slot);
            }
        }
        Map<String, Slot[]> byKey = new HashMap<>();
        slots.forEach((k, v) -> byKey.put(k, v.toArray(new Slot[0])));
        slotsByKey = new WordMap<>(byKey);
        numberSlots = byKey.get("#");
        String[] vocabulary = Vocabulary.words();
        slotsOfKnownWord = new Slot[vocabulary.length][];
        for (int id = 0; id < vocabulary.length; id++) {
            Slot[] c = byKey.get(vocabulary[id]);
            slotsOfKnownWord[id] = c != null ? c : slotsOfPart(vocabulary[id]);
        }
        Set<String> words = new java.util.HashSet<>(DATE_WORDS);
        for (DateRule r : rules) {
            for (String k : r.keys()) {
                if (!FUNCTION_KEYS.contains(k)) {
                    words.add(k); // month and weekday names, number words
                }
            }
        }
        dateWords = new WordSet(words);
    }

    private int requirementId(String[] anyOf) {
        for (int i = 0; i < required.size(); i++) {
            if (Arrays.equals(required.get(i), anyOf)) {
                return i;
            }
        }
        required.add(anyOf);
        return required.size() - 1;
    }

    /**
     * Per sentence: where the required literals occur in the sentence text folded like the patterns fold it, found
     * lazily and only as far as needed (tokens are visited left to right). One per thread, reset to each sentence
     * that needs it: the folding buffer and the positions are reused. The folded text is still a String, so the
     * searches are {@link String#indexOf(String, int)}, a JVM intrinsic (a hand-written search of the buffer cost
     * about four times as much CPU in profiles).
     */
    private static final class Literals {
        private char[] buffer = new char[256];
        private String folded;
        private int start;
        private int[] nextAt = new int[0];

        void reset(String text, int start, int end, int requirements) {
            int length = end - start;
            if (buffer.length < length) {
                buffer = new char[Math.max(length, buffer.length * 2)];
            }
            for (int i = start; i < end; i++) {
                buffer[i - start] = LiteralRequirements.fold(text.charAt(i));
            }
            this.folded = new String(buffer, 0, length);
            this.start = start;
            if (nextAt.length != requirements) {
                nextAt = new int[requirements];
            }
            Arrays.fill(nextAt, Integer.MIN_VALUE); // not looked for yet
        }

        /** Whether each requirement occurs at or after {@code offset}, so the rule can match there at all. */
        boolean present(int[] requires, List<String[]> table, int offset) {
            int from = offset - start;
            if (from < 0) {
                return true;
            }
            for (int q : requires) {
                int at = nextAt[q];
                if (at == Integer.MAX_VALUE) {
                    return false; // none after an earlier token, so none after this one
                }
                if (at >= from) {
                    continue;
                }
                at = Integer.MAX_VALUE;
                for (String w : table.get(q)) {
                    int i = folded.indexOf(w, from);
                    if (i >= 0 && i < at) {
                        at = i;
                    }
                }
                nextAt[q] = at;
                if (at == Integer.MAX_VALUE) {
                    return false;
                }
            }
            return true;
        }
    }

    public static DateResolver fromClasspath() {
        return new DateResolver(load(RULES));
    }

    public static List<DateRule> load(String resource) {
        List<RuleFile.Block> blocks = RuleFile.load(resource);
        Map<String, String> macros = RuleFile.macros(blocks);
        List<DateRule> out = new ArrayList<>();
        for (RuleFile.Block b : blocks) {
            if (b.get("define") != null) {
                continue;
            }
            String id = b.get("id");
            if (id == null || b.get("pattern") == null || b.get("norm") == null || b.get("keys") == null) {
                throw new IllegalStateException(b.where() + ": a date rule needs id, pattern, keys and norm");
            }
            Pattern p = Pattern.compile("(?:" + RuleFile.expand(b.get("pattern"), macros) + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Set<String> keys = new LinkedHashSet<>(Arrays.asList(RuleFile.expand(b.get("keys"), macros).toLowerCase().split("\\s+")));
            out.add(new DateRule(id, p, keys, b.get("norm"), b.all("example")));
        }
        return out;
    }

    public List<DateRule> rules() {
        return rules;
    }

    /** Convenience for tests and rule examples: the expressions of a stand-alone text. */
    public List<TimeExpression> find(String text, DateContext ctx) {
        return find(text, Tokenizer.tokenize(text, 0, text.length()), 0, text.length(), ctx);
    }

    /**
     * The time expressions of one sentence, in text order, without overlaps (the longest match wins).
     *
     * @param tokens the sentence's tokens
     * @param end    end offset of the sentence in {@code text}
     */
    public List<TimeExpression> find(String text, List<Token> tokens, int start, int end, DateContext ctx) {
        List<Candidate> found = null;
        // one matcher per rule, by rule position, reused from call to call; a kept candidate's matcher is not reused
        // in this call
        Matchers matchers = null;
        int call = 0;
        Literals literals = null;
        int coveredUntil = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() < coveredUntil || !t.isWord()) {
                continue;
            }
            Slot[] candidates = slots(t);
            if (candidates == null || FUNCTION_KEYS.contains(t) && !dateLikeAfter(tokens, i)) {
                continue;
            }
            if (matchers == null) {
                matchers = threadMatchers.get();
                call = ++matchers.calls;
            }
            Candidate best = null;
            int bestSlot = -1;
            for (Slot slot : candidates) {
                DateRule r = slot.rule();
                int ri = slot.index();
                if (slot.starts() != null && !slot.starts().accepts(text, t.start(), end)) {
                    continue; // no match of the rule can begin like the text here
                }
                if (slot.requires().length > 0) {
                    if (literals == null) {
                        literals = matchers.literals;
                        literals.reset(text, start, end, required.size());
                    }
                    if (!literals.present(slot.requires(), required, t.start())) {
                        continue; // the rule's literal text is not in the rest of the sentence: it cannot match
                    }
                }
                Matcher m = matchers.byRule[ri];
                if (m == null || matchers.keptIn[ri] == call) {
                    m = r.pattern().matcher(text);
                    matchers.byRule[ri] = m;
                    matchers.textOf[ri] = text;
                    matchers.keptIn[ri] = 0;
                } else if (matchers.textOf[ri] != text) {
                    m.reset(text);
                    matchers.textOf[ri] = text;
                }
                m.region(t.start(), end);
                if (m.lookingAt() && (best == null || m.end() > best.end) && capitalisedNames(m)) {
                    best = new Candidate(r, m, i, m.end());
                    bestSlot = ri;
                }
            }
            if (best != null) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(best);
                matchers.keptIn[bestSlot] = call;
                coveredUntil = best.end;
            }
        }
        if (found == null) {
            return List.of();
        }
        TimeExpression[] out = new TimeExpression[found.size()];
        // first the expressions that stand on their own, then the relational "N days after <event>" ones, which
        // count back from the date of the sentence's main clause
        LocalDate sentenceDay = null;
        for (int n = 0; n < found.size(); n++) {
            Candidate c = found.get(n);
            if (relational(c, found, n)) {
                continue;
            }
            // "on Thursday afternoon before returning to Scotland in the evening": the evening of that Thursday
            LocalDate reference = c.rule.norm().equals("theday") ? sentenceDay : null;
            if (c.rule.norm().equals("later") && n + 1 < found.size() && found.get(n + 1).matcher.start() - c.end < 60) {
                // "a week after the attacks of 13 November": the next expression is what the offset counts from.
                Candidate inner = found.get(n + 1);
                DateNormalizer.Value v = DateNormalizer.normalize(inner.rule.norm(), inner.matcher, ctx, tense(tokens, inner.tokenIndex), null);
                reference = v.date();
            }
            out[n] = expression(text, c, DateNormalizer.normalize(c.rule.norm(), c.matcher, ctx, tense(tokens, c.tokenIndex), reference), c.rule.id());
            if (out[n].resolved() && out[n].precision() == io.eventline.contracts.DatePrecision.DAY) {
                sentenceDay = out[n].date();
            }
        }
        for (int n = 0; n < found.size(); n++) {
            if (out[n] != null) {
                continue;
            }
            Candidate c = found.get(n);
            LocalDate main = null;
            // the main clause's own date comes before "N days after <event>"; a date after it is the event's own
            // ("three days after a gunman killed 50 worshippers ... on Friday")
            for (int p = 0; p < n; p++) {
                TimeExpression t = out[p];
                if (t != null && t.resolved() && t.precision() == io.eventline.contracts.DatePrecision.DAY) {
                    main = t.date();
                    break;
                }
            }
            if (main == null) {
                main = ctx.narrativeDate() != null ? ctx.narrativeDate() : ctx.anchor();
            }
            DateNormalizer.Value v = DateNormalizer.relational(c.matcher, main);
            out[n] = expression(text, c, v, RELATIONAL);
        }
        return List.of(out);
    }

    /** Rule id given to "N days after/before <event>": the date belongs to the event after the expression. */
    public static final String RELATIONAL = "relational";

    private static boolean relational(Candidate c, List<Candidate> found, int n) {
        if (!(c.rule.norm().equals("later") || c.rule.norm().equals("nextday")) || c.tokenIndex <= 1) {
            return false; // "Two days after the attack, police ..." dates the main clause from the narrative
        }
        String dir = DateNormalizer.group(c.matcher, "dir") != null ? c.matcher.group("dir") : DateNormalizer.group(c.matcher, "dir2");
        if (dir == null) {
            return false;
        }
        dir = dir.toLowerCase(java.util.Locale.ROOT);
        if (!(dir.equals("after") || dir.equals("before"))) {
            return false;
        }
        return !(n + 1 < found.size() && found.get(n + 1).matcher.start() - c.end < 60);
    }

    private static TimeExpression expression(String text, Candidate c, DateNormalizer.Value v, String rule) {
        return new TimeExpression(text.substring(c.matcher.start(), c.end), c.matcher.start(), c.end,
                v.date(), v.dateEnd(), v.precision(), v.basis(), rule);
    }

    private boolean dateLikeAfter(List<Token> tokens, int i) {
        for (int k = i + 1; k <= i + 2 && k < tokens.size(); k++) {
            Token n = tokens.get(k);
            String w = n.lower();
            int dash = w.indexOf('-');
            if (n.isNumber() || dateWords.contains(n) || dash > 0 && dateWords.contains(w.substring(0, dash))
                    || w.endsWith(".") && dateWords.contains(w.substring(0, w.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The rules keyed by the token's word ("#" for a number), else by its part before a dash or a final dot. */
    private Slot[] slots(Token t) {
        int id = t.word();
        if (!t.isNumber() && id >= 0 && id < slotsOfKnownWord.length) {
            return slotsOfKnownWord[id];
        }
        Slot[] c = t.isNumber() ? numberSlots : slotsByKey.get(t);
        return c != null ? c : slotsOfPart(t.lower());
    }

    /** The rules keyed by a word's part before a dash ("mid-November") or before a final dot ("Nov."). */
    private Slot[] slotsOfPart(String w) {
        Slot[] c = null;
        int dash = w.indexOf('-');
        if (dash > 0) {
            c = slotsByKey.get(w.substring(0, dash));
        }
        if (c == null && w.endsWith(".")) {
            c = slotsByKey.get(w.substring(0, w.length() - 1));
        }
        return c;
    }

    /** "may" and "march" are verbs too: month names only count when capitalised. */
    private static boolean capitalisedNames(Matcher m) {
        String month = DateNormalizer.group(m, "month");
        return month == null || Character.isUpperCase(month.charAt(0)) || Character.isDigit(month.charAt(0));
    }

    /** Future if a future cue precedes the expression in its clause and no past cue sits between them. */
    static Tense tense(List<Token> tokens, int index) {
        for (int i = index - 1; i >= 0 && i >= index - 12; i--) {
            Token t = tokens.get(i);
            if (PAST_CUES.contains(t) || t.isClauseBreak() || t.is(".")) {
                return Tense.PAST;
            }
            if (FUTURE_CUES.contains(t)) {
                return Tense.FUTURE;
            }
        }
        for (int i = index + 1; i < tokens.size() && i <= index + 4; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("will") || w.equals("'ll") || w.equals("shall")) {
                return Tense.FUTURE;
            }
        }
        return Tense.PAST;
    }

    private record Candidate(DateRule rule, Matcher matcher, int tokenIndex, int end) {
    }

    /**
     * One thread's matchers, one per rule (null until first needed), with the text each was last reset to (it keeps
     * the last text a thread looked at reachable) and the call in which a candidate kept it ({@code calls} counts the
     * thread's calls; 0 = not kept), and the thread's {@link Literals}.
     */
    private static final class Matchers {
        final Matcher[] byRule;
        final String[] textOf;
        final int[] keptIn;
        final Literals literals = new Literals();
        int calls;

        Matchers(int rules) {
            byRule = new Matcher[rules];
            textOf = new String[rules];
            keptIn = new int[rules];
        }
    }

    private final ThreadLocal<Matchers> threadMatchers;
}

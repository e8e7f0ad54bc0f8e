package io.eventline.nlp.extract;

import io.eventline.contracts.DatePrecision;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days an article has told so far, for sentences that refer back to one without naming it.
 * <ul>
 * <li>"The same day the defense minister made his appeal, France conducted new air strikes": the day of the most
 * recent earlier sentence that shares two content words with the clause after "the same day" ("French Defense
 * Minister Jean-Yves Le Drian said during a meeting on Tuesday") — used when the paragraph itself names no day.</li>
 * <li>The day just told: a sentence with no time expression at all that follows one giving a day (reported speech
 * included: "Le Drian said during a meeting on Tuesday ... | The country referenced Article 42 of the EU Treaty")
 * continues that day's story, when that day is the publication day or the day before. A sentence that has a time
 * expression of its own, even one tied to another of its events, does not take it; neither does any later one.</li>
 * </ul>
 */
final class DayReferences {

    /** Words too common to tie a clause to an earlier sentence. */
    private static final Set<String> COMMON = Set.of("made", "said", "says", "that", "this", "with", "from", "were",
            "have", "been", "which", "their", "they", "them", "there", "when", "after", "before", "also", "would",
            "could", "will", "into", "over", "than", "then", "what", "where", "while", "about", "same", "day", "night");

    /**
     * A day told by the sentence of tokens [from, to). Its content words are only needed when a later "the same day"
     * clause asks, which few articles have, so they are worked out then (once).
     */
    private static final class ToldDay {
        private final List<Token> tokens;
        private final int from;
        private final int to;
        final TimeExpression time;
        private Set<String> words;

        ToldDay(List<Token> tokens, int from, int to, TimeExpression time) {
            this.tokens = tokens;
            this.from = from;
            this.to = to;
            this.time = time;
        }

        Set<String> words() {
            if (words == null) {
                words = contentWords(tokens, from, to);
            }
            return words;
        }
    }

    private final List<ToldDay> told = new ArrayList<>();
    /** The day the sentence read last gave, null when it gave none. */
    private TimeExpression lastSentenceDay;

    /** Records the DAY expressions of a sentence already read (those after {@code anchor} are plans, not news). */
    void read(List<Token> tokens, int from, int to, List<TimeExpression> times, LocalDate anchor) {
        lastSentenceDay = null;
        for (TimeExpression t : times) {
            if (t.resolved() && t.precision() == DatePrecision.DAY && (anchor == null || !t.date().isAfter(anchor))) {
                told.add(new ToldDay(tokens, from, to, t));
                lastSentenceDay = t;
            }
        }
    }

    /** The day a sentence without time expressions continues (see the class comment), or null. */
    TimeExpression continuedDay(List<TimeExpression> ownTimes, LocalDate anchor) {
        if (!ownTimes.isEmpty() || lastSentenceDay == null || anchor == null) {
            return null;
        }
        LocalDate day = lastSentenceDay.date();
        return !day.isAfter(anchor) && !day.isBefore(anchor.minusDays(1)) ? lastSentenceDay : null;
    }

    /**
     * Resolves an unresolved "the same day ..." of a sentence by the earlier sentence its clause points at; other
     * expressions are returned as they are.
     */
    List<TimeExpression> resolveSameDay(List<Token> tokens, int from, int to, List<TimeExpression> times) {
        List<TimeExpression> out = null;
        for (int i = 0; i < times.size(); i++) {
            TimeExpression t = times.get(i);
            if (t.resolved() || !"same-day".equals(t.rule())) {
                continue;
            }
            TimeExpression day = referredDay(clauseAfter(tokens, from, to, t.end()));
            if (day != null) {
                if (out == null) {
                    out = new ArrayList<>(times);
                }
                out.set(i, new TimeExpression(t.text(), t.start(), t.end(), day.date(), null, DatePrecision.DAY,
                        day.basis(), t.rule()));
            }
        }
        return out == null ? times : out;
    }

    private TimeExpression referredDay(Set<String> clause) {
        if (clause.size() < 2) {
            return null;
        }
        for (int i = told.size() - 1; i >= 0; i--) {
            int shared = 0;
            for (String w : told.get(i).words()) {
                if (clause.contains(w)) {
                    shared++;
                }
            }
            if (shared >= 2) {
                return told.get(i).time;
            }
        }
        return null;
    }

    /** Content words from {@code offset} to the next comma or clause break. */
    private static Set<String> clauseAfter(List<Token> tokens, int from, int to, int offset) {
        int i = from;
        while (i < to && tokens.get(i).start() < offset) {
            i++;
        }
        int end = i;
        while (end < to && !tokens.get(end).isClauseBreak() && !tokens.get(end).is(",")) {
            end++;
        }
        return contentWords(tokens, i, end);
    }

    private static Set<String> contentWords(List<Token> tokens, int from, int to) {
        Set<String> words = new HashSet<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !t.isNumber() && t.lower().length() >= 4 && !COMMON.contains(t.lower())) {
                String w = t.lower();
                words.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }
}

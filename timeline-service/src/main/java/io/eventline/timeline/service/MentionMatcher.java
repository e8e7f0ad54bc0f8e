package io.eventline.timeline.service;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether two mentions can report the same happening. Same type alone is never enough: dates must be
 * compatible at their precision and places, actors and (for treaty invocations) the invoked clause must not
 * contradict. The rules are deliberately conservative: when unsure, two happenings stay two events.
 */
public final class MentionMatcher {
    /** Types whose happenings are told apart by who acted (two pledges on one day by Germany and the EU differ). */
    private static final Set<EventType> ACTOR_DEFINED = EnumSet.of(EventType.PLEDGE_OF_SUPPORT,
            EventType.DECLARATION, EventType.LEGISLATIVE_ACTION, EventType.CLAIM_OF_RESPONSIBILITY,
            EventType.MILITARY_DEPLOYMENT, EventType.MEETING);
    /** "Article 42.7", "Art. 5", "article 42": the clause a treaty invocation names. */
    private static final Pattern CLAUSE = Pattern.compile("\\bart(?:icle|\\.)?\\s*(\\d+(?:\\.\\d+)*)",
            Pattern.CASE_INSENSITIVE);
    /** How far before its article's date an undated-in-text ("the attacks in Paris") occurred event may lie. */
    static final int ANCHOR_LOOKBACK_DAYS = 10;
    /** How far after its article's date a planned event without own time expression may lie. */
    static final int ANCHOR_LOOKAHEAD_DAYS = 31;

    private final Places places;

    public MentionMatcher(Places places) {
        this.places = places;
    }

    public Places places() {
        return places;
    }

    /**
     * Two textually dated mentions at DAY precision: the same day, or adjacent days (a night attack reported on
     * either side of midnight) when they also share a specific place and an actor.
     */
    public boolean sameDayHappening(MentionFacts a, MentionFacts b) {
        if (a.type() != b.type() || !a.dated() || !b.dated() || contradict(a, b)) {
            return false;
        }
        long gap = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
        if (gap == 0) {
            return true;
        }
        return gap == 1 && sharesSpecificPlace(a.locations(), b.locations()) && sharesActor(a.actors(), b.actors());
    }

    /** Whether the date ranges of two mentions overlap. */
    public static boolean overlap(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
    }

    /**
     * Whether a mention whose date is only its article's date (no time expression) can report a happening on
     * {@code day}: an occurred event lies shortly before the article, a planned one shortly after.
     */
    public static boolean anchorWindowAllows(MentionFacts weak, LocalDate day, LocalDate dayEnd) {
        // the extractor gives such a mention the days up to its article's date: the anchor is where they end
        LocalDate anchor = weak.end();
        if (weak.status() == EventStatus.PLANNED) {
            return overlap(anchor, anchor.plusDays(ANCHOR_LOOKAHEAD_DAYS), day, dayEnd);
        }
        return overlap(anchor.minusDays(ANCHOR_LOOKBACK_DAYS), anchor, day, dayEnd);
    }

    /** Places, actors (for actor-defined types) or invoked clauses that cannot belong to one happening. */
    public boolean contradict(MentionFacts a, MentionFacts b) {
        return contradict(a.type(), a.locations(), a.actors(), a.clauseText(), b.locations(), b.actors(), b.clauseText());
    }

    public boolean contradict(EventType type, List<String> locA, List<String> actA, String clauseTextA,
                              List<String> locB, List<String> actB, String clauseTextB) {
        if (!locA.isEmpty() && !locB.isEmpty() && !sharesPlace(locA, locB)) {
            return true;
        }
        if (ACTOR_DEFINED.contains(type) && !actA.isEmpty() && !actB.isEmpty() && !sharesActor(actA, actB)) {
            return true;
        }
        if (type == EventType.TREATY_INVOCATION) {
            Set<String> ca = clauses(clauseTextA);
            Set<String> cb = clauses(clauseTextB);
            return !ca.isEmpty() && !cb.isEmpty() && ca.stream().noneMatch(x -> cb.stream().anyMatch(y -> sameClause(x, y)));
        }
        return false;
    }

    /**
     * Positive evidence that a mention belongs to a group of mentions: each shared specific place counts 2, a shared
     * country 1, each shared actor 1, the same invoked treaty clause 2. Used to find the unique best home of a mention
     * with a weak or no date.
     */
    public int affinity(MentionFacts m, List<String> locations, List<String> actors, String clauseTexts) {
        int score = 0;
        if (m.type() == EventType.TREATY_INVOCATION) {
            Set<String> mine = clauses(m.clauseText());
            Set<String> theirs = clauses(clauseTexts);
            if (mine.stream().anyMatch(x -> theirs.stream().anyMatch(y -> sameClause(x, y)))) {
                score += 2;
            }
        }
        for (String l : m.locations()) {
            for (String other : locations) {
                if (places.samePlace(l, other)) {
                    score += places.isCountry(l) || places.isCountry(other) ? 1 : 2;
                    break;
                }
            }
        }
        for (String a : m.actors()) {
            if (actors.stream().anyMatch(o -> places.sameActor(a, o))) {
                score += 1;
            }
        }
        return score;
    }

    public boolean sharesPlace(List<String> a, List<String> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> places.samePlace(x, y)));
    }

    boolean sharesSpecificPlace(List<String> a, List<String> b) {
        return a.stream().filter(x -> !places.isCountry(x))
                .anyMatch(x -> b.stream().filter(y -> !places.isCountry(y)).anyMatch(y -> places.samePlace(x, y)));
    }

    public boolean sharesActor(List<String> a, List<String> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> places.sameActor(x, y)));
    }

    static Set<String> clauses(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        if (sentence == null) {
            return out;
        }
        Matcher m = CLAUSE.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** "42" and "42.7" name the same clause at different detail; "5" and "42.7" do not. */
    static boolean sameClause(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }
}

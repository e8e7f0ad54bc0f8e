package io.eventline.nlp.extract;

import io.eventline.contracts.EventStatus;
import io.eventline.nlp.lexicon.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Several mentions of one happening in one article become one event: same type and status, compatible places, and
 * dates that agree - or one of them only has the anchor date (a back-reference or an undated follow-up sentence),
 * in which case it joins the better-dated one. Mentions are visited best-dated first so each cluster's first
 * member is its evidence.
 */
final class MentionMerger {

    private static final Comparator<Mention> BEST_FIRST = Comparator
            .comparing((Mention m) -> m.weak)
            // a date the text gives ("last month") before one that is only the anchor's, however precise
            .thenComparing((Mention m) -> m.basis == DateBasis.ANCHOR || m.basis == DateBasis.NONE)
            .thenComparing(Comparator.comparingInt((Mention m) -> m.precision.rank()).reversed())
            .thenComparing(Comparator.comparingInt(Mention::basisRank).reversed())
            .thenComparing(Comparator.comparingDouble((Mention m) -> m.weight).reversed())
            .thenComparing(Comparator.comparingInt(Mention::informativeness).reversed())
            .thenComparingInt(m -> m.sentenceIndex);

    /** Types whose happenings are told apart by the state that acts: two states' pledges are two pledges. */
    private static final java.util.Set<io.eventline.contracts.EventType> BY_ACTING_STATE = java.util.EnumSet.of(
            io.eventline.contracts.EventType.PLEDGE_OF_SUPPORT, io.eventline.contracts.EventType.DECLARATION,
            io.eventline.contracts.EventType.TREATY_INVOCATION, io.eventline.contracts.EventType.MILITARY_DEPLOYMENT,
            io.eventline.contracts.EventType.LEGISLATIVE_ACTION);

    private final Gazetteer gazetteer;

    MentionMerger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<List<Mention>> merge(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(BEST_FIRST);
        List<List<Mention>> clusters = new ArrayList<>();
        for (Mention m : sorted) {
            List<Mention> home = null;
            for (List<Mention> c : clusters) {
                if (fits(c, m)) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(m);
        }
        clusters.sort(Comparator.comparingInt(c -> c.get(0).sentenceStart));
        return clusters;
    }

    private boolean fits(List<Mention> cluster, Mention m) {
        Mention head = cluster.get(0);
        if (head.type != m.type) {
            return false;
        }
        if (head.status != m.status && !(m.weak || head.weak)) {
            return false;
        }
        if (head.object != null && m.object != null && !head.object.equals(m.object)
                && (head.type == io.eventline.contracts.EventType.DECLARATION
                || head.object.contains("Article") && m.object.contains("Article"))) {
            return false; // a state of emergency and a national mourning are two declarations
        }
        if (!placesCompatible(cluster, m)) {
            return false;
        }
        if (BY_ACTING_STATE.contains(head.type) && head.nearestState != null && m.nearestState != null
                && !head.nearestState.equals(m.nearestState)) {
            return false; // "the Netherlands said it would contribute six jets, and Belgium said it was ready to offer six more"
        }
        return datesCompatible(head, m) || head.sentenceIndex == m.sentenceIndex && m.basis != DateBasis.EXPLICIT
                && !(head.time != null && m.time != null && head.date != null && m.date != null);
    }

    private static boolean datesCompatible(Mention a, Mention b) {
        if (a.date == null && b.date == null) {
            return a.time == null || b.time == null || a.time.text().equalsIgnoreCase(b.time.text());
        }
        if (a.basis == DateBasis.ANCHOR || b.basis == DateBasis.ANCHOR || a.weak || b.weak) {
            return a.status == EventStatus.OCCURRED || b.status == EventStatus.OCCURRED || Objects.equals(a.date, b.date);
        }
        if (a.date == null || b.date == null) {
            return b.basis == DateBasis.NONE && b.time == null || a.basis == DateBasis.NONE && a.time == null;
        }
        if (a.date.equals(b.date) && Objects.equals(a.dateEnd, b.dateEnd)) {
            return true;
        }
        // a day inside the other's range, week or month
        return covers(a, b) || covers(b, a);
    }

    private static boolean covers(Mention range, Mention day) {
        if (range.dateEnd == null || day.date == null) {
            return false;
        }
        return !day.date.isBefore(range.date) && !day.date.isAfter(range.dateEnd);
    }

    private boolean placesCompatible(List<Mention> cluster, Mention m) {
        if (m.locations.isEmpty() && m.countries.isEmpty()) {
            return true;
        }
        boolean any = false;
        for (Mention c : cluster) {
            if (c.locations.isEmpty() && c.countries.isEmpty()) {
                continue;
            }
            any = true;
            for (String country : m.countries) {
                if (c.countries.contains(country)) {
                    return true;
                }
            }
            for (String loc : m.locations) {
                if (c.locations.contains(loc) || c.countries.contains(gazetteer.countryOf(loc))) {
                    return true;
                }
            }
        }
        return !any;
    }
}

package io.eventline.timeline.service;

import io.eventline.contracts.AlternativeDate;
import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.Quantity;
import io.eventline.nlp.extract.DateBasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes an event's fields from all of its mentions (never from the previous state), so that an event is the same
 * whatever order its articles arrived in.
 *
 * <p>Date rule: every distinct (date, dateEnd, precision) reported is a claim. Claims resting on a time expression in
 * the text beat claims that are only an article's publication date; then the most precise claim wins, then the one
 * with most articles, then EXPLICIT over RELATIVE, then claims from articles with their own date over inferred
 * anchors, then the earliest. Textual claims that do not contain the chosen date are kept as alternative dates.
 */
public final class EventAggregator {
    private final Places places;

    public EventAggregator(Places places) {
        this.places = places;
    }

    public EventAggregate aggregate(List<MentionFacts> mentions) {
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one mention");
        }
        List<MentionFacts> ordered = new ArrayList<>(mentions);
        ordered.sort(MentionFacts.CONTENT_ORDER);

        List<Claim> claims = claims(ordered);
        Claim chosen = claims.stream().min(CLAIM_ORDER).orElse(null);
        List<AlternativeDate> alternatives = new ArrayList<>();
        if (chosen != null) {
            for (Claim c : claims) {
                if (c != chosen && c.textual && !(contains(c, chosen))) {
                    alternatives.add(new AlternativeDate(c.date, c.dateEnd, c.precision, c.articles.size()));
                }
            }
            alternatives.sort(Comparator.comparing(AlternativeDate::sourceCount).reversed()
                    .thenComparing(AlternativeDate::date));
        }

        MentionFacts titleSource = ordered.stream()
                .filter(m -> chosen == null || chosen.members.contains(m))
                .max(Comparator.comparingDouble(MentionFacts::confidence)
                        .thenComparing(MentionFacts.CONTENT_ORDER.reversed()))
                .orElse(ordered.get(0));

        EventStatus status = ordered.stream().anyMatch(m -> m.status() != EventStatus.PLANNED)
                ? EventStatus.OCCURRED : EventStatus.PLANNED;

        Set<String> articles = ordered.stream().map(MentionFacts::articleId).collect(Collectors.toSet());
        return new EventAggregate(
                ordered.get(0).type(),
                titleSource.title(),
                chosen == null ? null : chosen.date,
                chosen == null ? null : chosen.dateEnd,
                chosen == null ? DatePrecision.UNKNOWN : chosen.precision,
                status,
                mostSupported(ordered, MentionFacts::actors),
                mostSupported(ordered, MentionFacts::locations),
                quantities(ordered),
                cameo(ordered),
                confidence(ordered),
                articles.size(),
                alternatives,
                ordered.stream().map(MentionFacts::sentence).filter(Objects::nonNull).distinct()
                        .collect(Collectors.joining("\n")));
    }

    private static final Comparator<Claim> CLAIM_ORDER = Comparator
            .comparing((Claim c) -> !c.textual)
            .thenComparing(c -> -c.precision.rank())
            .thenComparing(c -> -c.articles.size())
            .thenComparing(c -> c.bestBasis)
            .thenComparing(c -> !c.fromOwnDate)
            .thenComparing(c -> c.date)
            .thenComparing(c -> c.dateEnd == null ? c.date : c.dateEnd);

    private static List<Claim> claims(List<MentionFacts> mentions) {
        Map<String, Claim> byKey = new LinkedHashMap<>();
        for (MentionFacts m : mentions) {
            if (!m.dated()) {
                continue;
            }
            DatePrecision p = m.precisionOrUnknown();
            String key = m.date() + "|" + m.dateEnd() + "|" + p;
            Claim c = byKey.computeIfAbsent(key, k -> new Claim(m.date(), m.dateEnd(), p));
            c.members.add(m);
            c.articles.add(m.articleId());
            c.textual |= m.textualDate();
            c.fromOwnDate |= !m.articleUndated();
            int basis = basisRank(m.basis());
            c.bestBasis = Math.min(c.bestBasis, basis);
        }
        return new ArrayList<>(byKey.values());
    }

    /** Lower is better: EXPLICIT, RELATIVE, ANCHOR, NONE. */
    private static int basisRank(DateBasis basis) {
        return basis == null ? 3 : switch (basis) {
            case EXPLICIT -> 0;
            case RELATIVE -> 1;
            case ANCHOR -> 2;
            case NONE -> 3;
        };
    }

    /** A claim whose range includes the chosen one is less precise, not a disagreement. */
    private static boolean contains(Claim outer, Claim inner) {
        LocalDate outerEnd = outer.dateEnd == null ? outer.date : outer.dateEnd;
        LocalDate innerEnd = inner.dateEnd == null ? inner.date : inner.dateEnd;
        return !outer.date.isAfter(inner.date) && !outerEnd.isBefore(innerEnd);
    }

    /** Names reported by most articles first; spellings of one name (aliases, "Le Drian" in "Jean-Yves Le Drian") once. */
    private List<String> mostSupported(List<MentionFacts> mentions,
                                       java.util.function.Function<MentionFacts, List<String>> names) {
        Map<String, Set<String>> articlesByName = new LinkedHashMap<>();
        for (MentionFacts m : mentions) {
            for (String n : names.apply(m)) {
                if (n != null && !n.isBlank()) {
                    articlesByName.computeIfAbsent(n.trim(), k -> new HashSet<>()).add(m.articleId());
                }
            }
        }
        List<String> candidates = new ArrayList<>(articlesByName.keySet());
        // most articles, then the longer (more specific) spelling, then alphabetical: order-free
        candidates.sort(Comparator.comparing((String n) -> -articlesByName.get(n).size())
                .thenComparing(n -> -n.length()).thenComparing(n -> n));
        List<String> kept = new ArrayList<>();
        Set<String> normalised = new HashSet<>();
        for (String n : candidates) {
            String key = places.normalise(n);
            if (normalised.add(key) && kept.stream().noneMatch(k -> sameSpelling(k, n))) {
                kept.add(n);
            }
        }
        return kept;
    }

    private boolean sameSpelling(String kept, String candidate) {
        String a = places.normalise(kept);
        String b = places.normalise(candidate);
        return a.equals(b) || Places.containsWord(a, b) && b.contains(" ");
    }

    private static List<Quantity> quantities(List<MentionFacts> mentions) {
        Map<String, Quantity> distinct = new TreeMap<>();
        for (MentionFacts m : mentions) {
            for (Quantity q : m.quantities()) {
                distinct.putIfAbsent((q.unit() == null ? "" : q.unit()) + "|" + String.format("%020d", q.value()), q);
            }
        }
        return new ArrayList<>(distinct.values());
    }

    private static String cameo(List<MentionFacts> mentions) {
        Map<String, Integer> counts = new TreeMap<>();
        for (MentionFacts m : mentions) {
            if (m.cameoCode() != null) {
                counts.merge(m.cameoCode(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(mentions.get(0).type().defaultCameoCode());
    }

    /** Independent reports reinforce each other: 1 - Π(1 - best confidence per article), capped below certainty. */
    private static double confidence(List<MentionFacts> mentions) {
        Map<String, Double> bestPerArticle = new TreeMap<>();
        for (MentionFacts m : mentions) {
            bestPerArticle.merge(m.articleId(), m.confidence(), Math::max);
        }
        double doubt = 1.0;
        for (double c : bestPerArticle.values()) {
            doubt *= 1.0 - Math.max(0.0, Math.min(1.0, c));
        }
        return Math.min(0.99, Math.round((1.0 - doubt) * 1000.0) / 1000.0);
    }

    private static final class Claim {
        final LocalDate date;
        final LocalDate dateEnd;
        final DatePrecision precision;
        final List<MentionFacts> members = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        boolean textual;
        boolean fromOwnDate;
        int bestBasis = Integer.MAX_VALUE;

        Claim(LocalDate date, LocalDate dateEnd, DatePrecision precision) {
            this.date = date;
            this.dateEnd = dateEnd;
            this.precision = precision;
        }
    }
}

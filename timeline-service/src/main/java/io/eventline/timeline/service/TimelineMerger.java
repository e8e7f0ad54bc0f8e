package io.eventline.timeline.service;

import io.eventline.contracts.EventType;
import io.eventline.timeline.Event;
import io.eventline.timeline.Mention;
import io.eventline.timeline.repository.ArticleRepository;
import io.eventline.timeline.repository.EventRepository;
import io.eventline.timeline.repository.MentionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-clusters every mention of the affected event types and writes the resulting events back: new groups become
 * new events, a group that holds mentions of several existing events keeps the id of the one with most mentions and
 * absorbs the others (MERGED), changed groups are UPDATED. Runs inside the caller's transaction, under the merge lock.
 */
@ApplicationScoped
public class TimelineMerger {
    private static final Logger LOG = Logger.getLogger(TimelineMerger.class);

    @Inject
    MentionRepository mentions;
    @Inject
    EventRepository events;
    @Inject
    ArticleRepository articles;
    @Inject
    EntityManager em;

    private final MentionClusterer clusterer;
    private final EventAggregator aggregator;

    public TimelineMerger() {
        Places places = Places.fromClasspath();
        this.clusterer = new MentionClusterer(new MentionMatcher(places));
        this.aggregator = new EventAggregator(places);
    }

    public EventAggregator aggregator() {
        return aggregator;
    }

    /** Groups mentions of any types into happenings, in memory only. */
    public List<List<MentionFacts>> cluster(List<MentionFacts> facts) {
        List<List<MentionFacts>> clusters = new ArrayList<>();
        Map<EventType, List<MentionFacts>> byType = facts.stream()
                .collect(Collectors.groupingBy(MentionFacts::type, LinkedHashMap::new, Collectors.toList()));
        byType.keySet().stream().sorted().forEach(t -> clusters.addAll(clusterer.cluster(byType.get(t))));
        return clusters;
    }

    /**
     * @param types        event types whose mentions must be re-clustered
     * @param fresh        new mentions, not stored yet
     * @param vacated      events that lost mentions deleted just before (event id → articles of those mentions)
     * @return the ids of the articles whose events changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> recluster(Set<EventType> types, List<MentionFacts> fresh, Map<String, Set<String>> vacated,
                                 PendingChanges changes) {
        List<Mention> storedRows = mentions.findByTypes(types.stream().map(Enum::name).toList());
        Set<String> articleIds = storedRows.stream().map(m -> m.articleId).collect(Collectors.toSet());
        Set<String> undated = articles.undatedAmong(articleIds);
        Map<MentionFacts, Mention> rowOf = new IdentityHashMap<>();
        List<MentionFacts> all = new ArrayList<>(fresh);
        for (Mention row : storedRows) {
            MentionFacts f = MentionRows.facts(row, undated.contains(row.articleId));
            rowOf.put(f, row);
            all.add(f);
        }

        List<List<MentionFacts>> clusters = cluster(all);

        Set<String> previousIds = new HashSet<>(vacated.keySet());
        storedRows.forEach(r -> previousIds.add(r.eventId));
        String[] assigned = assignIds(clusters);
        Set<String> survivors = Arrays.stream(assigned).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Event> existing = events.findByIds(survivors).stream()
                .collect(Collectors.toMap(e -> e.id, e -> e));

        Instant now = Instant.now();
        Set<String> touchedArticles = new HashSet<>();
        for (int i = 0; i < clusters.size(); i++) {
            List<MentionFacts> cluster = clusters.get(i);
            boolean isNew = assigned[i] == null;
            String id = isNew ? EventIds.next() : assigned[i];
            assigned[i] = id;
            Event event = isNew ? new Event() : existing.get(id);
            if (isNew) {
                event.id = id;
                event.createdAt = now;
            }
            boolean fieldsChanged = apply(aggregator.aggregate(cluster), event);
            boolean membershipChanged = cluster.stream().anyMatch(m -> !id.equals(m.currentEventId()));
            List<String> absorbed = cluster.stream().map(MentionFacts::currentEventId)
                    .filter(Objects::nonNull).filter(e -> !survivors.contains(e)).distinct().sorted().toList();
            if (isNew) {
                event.updatedAt = now;
                events.persist(event);
                changes.created(id);
            } else if (fieldsChanged || membershipChanged || !absorbed.isEmpty()) {
                event.updatedAt = now;
                changes.updated(id);
            }
            absorbed.forEach(a -> changes.merged(id, a));
            if (isNew || fieldsChanged || membershipChanged || !absorbed.isEmpty()) {
                cluster.forEach(m -> touchedArticles.add(m.articleId()));
            }
        }
        em.flush();

        for (int i = 0; i < clusters.size(); i++) {
            for (MentionFacts m : clusters.get(i)) {
                Mention row = rowOf.get(m);
                if (row == null) {
                    mentions.persist(MentionRows.row(m, assigned[i]));
                } else if (!assigned[i].equals(row.eventId)) {
                    row.eventId = assigned[i];
                }
            }
        }
        em.flush();

        for (String gone : previousIds) {
            if (survivors.contains(gone) || gone == null) {
                continue;
            }
            Set<String> formerArticles = vacated.getOrDefault(gone, Set.of());
            String heir = heirOf(gone, formerArticles, clusters, assigned);
            if (heir != null) {
                changes.merged(heir, gone);
            } else {
                changes.removed(gone);
                LOG.infof("event %s lost all its mentions and was removed", gone);
            }
            events.deleteById(gone);
        }
        em.flush();
        return touchedArticles;
    }

    /**
     * Each group keeps the existing event id that holds most of its mentions (ties: smallest id), each id at most
     * once; groups left without one get a new id (null here).
     */
    static String[] assignIds(List<List<MentionFacts>> clusters) {
        record Claim(int cluster, String eventId, long count) {
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Map<String, Long> counts = clusters.get(i).stream().map(MentionFacts::currentEventId)
                    .filter(Objects::nonNull).collect(Collectors.groupingBy(e -> e, Collectors.counting()));
            for (Map.Entry<String, Long> c : counts.entrySet()) {
                claims.add(new Claim(i, c.getKey(), c.getValue()));
            }
        }
        claims.sort(Comparator.comparingLong((Claim c) -> -c.count()).thenComparing(Claim::eventId)
                .thenComparingInt(Claim::cluster));
        String[] assigned = new String[clusters.size()];
        Set<String> used = new HashSet<>();
        for (Claim c : claims) {
            if (assigned[c.cluster()] == null && !used.contains(c.eventId())) {
                assigned[c.cluster()] = c.eventId();
                used.add(c.eventId());
            }
        }
        return assigned;
    }

    /** The group that now holds the former event's happening: most mentions of the same articles, if any. */
    private static String heirOf(String gone, Set<String> formerArticles, List<List<MentionFacts>> clusters,
                                 String[] assigned) {
        String best = null;
        long bestCount = 0;
        for (int i = 0; i < clusters.size(); i++) {
            long fromSame = clusters.get(i).stream()
                    .filter(m -> gone.equals(m.currentEventId()) || formerArticles.contains(m.articleId())).count();
            if (fromSame > bestCount) {
                best = assigned[i];
                bestCount = fromSame;
            }
        }
        return best;
    }

    /** Copies the aggregate onto the row; true when anything visible changed. */
    private static boolean apply(EventAggregate a, Event e) {
        String before = fingerprint(e);
        e.type = a.type().name();
        e.title = a.title();
        e.date = a.date();
        e.dateEnd = a.dateEnd();
        e.datePrecision = a.datePrecision().name();
        e.status = a.status().name();
        e.actors = a.actors().toArray(String[]::new);
        e.locations = a.locations().toArray(String[]::new);
        e.actorsLc = a.actors().stream().map(s -> s.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        e.locationsLc = a.locations().stream().map(s -> s.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        e.quantities = JsonColumns.write(a.quantities());
        e.cameoCode = a.cameoCode();
        e.confidence = a.confidence();
        e.sourceCount = a.sourceCount();
        e.alternativeDates = JsonColumns.write(a.alternativeDates());
        e.evidence = a.evidence();
        return !before.equals(fingerprint(e));
    }

    private static String fingerprint(Event e) {
        return String.join("\u0001", String.valueOf(e.type), String.valueOf(e.title), String.valueOf(e.date),
                String.valueOf(e.dateEnd), String.valueOf(e.datePrecision), String.valueOf(e.status),
                Arrays.toString(e.actors), Arrays.toString(e.locations), String.valueOf(JsonColumns.quantities(e.quantities)),
                String.valueOf(e.cameoCode), String.valueOf(e.confidence), String.valueOf(e.sourceCount),
                String.valueOf(JsonColumns.alternativeDates(e.alternativeDates)), String.valueOf(e.evidence));
    }
}

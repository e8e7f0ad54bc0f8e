package io.eventline.timeline.service;

import io.eventline.contracts.ArticleStatus;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.EventType;
import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.extract.ExtractedEvent;
import io.eventline.timeline.Article;
import io.eventline.timeline.Change;
import io.eventline.timeline.Event;
import io.eventline.timeline.Mention;
import io.eventline.timeline.repository.ArticleRepository;
import io.eventline.timeline.repository.ChangeRepository;
import io.eventline.timeline.repository.EventRepository;
import io.eventline.timeline.repository.MentionRepository;
import io.eventline.timeline.repository.TimelineLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One article into the timeline, in ONE transaction: the article row, its mentions, the merged events and the outbox
 * rows announcing them commit together or not at all. Serialised across instances by the merge lock.
 */
@ApplicationScoped
public class TimelineUpdate {
    private static final Logger LOG = Logger.getLogger(TimelineUpdate.class);
    /** Undated articles dated by merging may date others in turn; a few rounds always settle in practice. */
    private static final int MAX_ANCHOR_ROUNDS = 5;

    @Inject
    TimelineLock lock;
    @Inject
    ArticleRepository articles;
    @Inject
    MentionRepository mentions;
    @Inject
    EventRepository events;
    @Inject
    ChangeRepository changes;
    @Inject
    TimelineMerger merger;
    @Inject
    MentionExtractor extractor;
    @Inject
    EntityManager em;

    /** What one article did to the timeline. */
    public record Result(boolean processed, int created, int merged, int changes) {
        static final Result ALREADY_PROCESSED = new Result(false, 0, 0, 0);
    }

    @Transactional
    public Result apply(ParsedArticle article) {
        lock.lockForMerge();
        Article row = articles.findById(article.id());
        if (row != null && ArticleStatus.PROCESSED.name().equals(row.status)) {
            return Result.ALREADY_PROCESSED;
        }
        if (row == null) {
            row = new Article();
            ArticleRows.copy(article, row);
            row.status = ArticleStatus.PENDING.name();
            articles.persist(row);
        } else {
            ArticleRows.copy(article, row);
            row.status = ArticleStatus.PENDING.name();
        }
        row.anchorDate = article.publishedDate();
        row.anchorInferred = false;
        row.error = null;
        em.flush();

        PendingChanges pending = new PendingChanges();
        List<ExtractedEvent> extracted = extractor.extract(article, null);
        boolean undated = article.publishedDate() == null;
        List<MentionFacts> fresh = extracted.stream()
                .map(e -> MentionRows.facts(article.id(), undated, e)).toList();
        Set<String> touched = new HashSet<>(merger.recluster(typesOf(fresh), fresh, Map.of(), pending));
        touched.add(article.id());
        reinferAnchors(touched, pending);

        row.status = ArticleStatus.PROCESSED.name();
        row.processedAt = Instant.now();
        int written = writeChanges(pending);
        return new Result(true, pending.createdCount(), pending.mergedCount(), written);
    }

    /**
     * Undated articles whose events changed get their anchor re-inferred; when it moved they are re-extracted with
     * it and their mentions replaced, which may in turn change events (hence rounds).
     */
    private void reinferAnchors(Set<String> candidates, PendingChanges pending) {
        AnchorInference inference = new AnchorInference(merger.aggregator());
        Set<String> round = candidates;
        for (int i = 0; i < MAX_ANCHOR_ROUNDS && !round.isEmpty(); i++) {
            Set<String> next = new HashSet<>();
            for (String id : new TreeSet<>(articles.undatedAmong(round))) {
                Article u = articles.findById(id);
                List<Mention> own = mentions.findByArticle(id);
                LocalDate inferred = inference.infer(id, eventsOf(own).values());
                if (Objects.equals(inferred, u.anchorDate)) {
                    continue;
                }
                LOG.debugf("article %s: anchor %s inferred from merged events (was %s)", id, inferred, u.anchorDate);
                u.anchorDate = inferred;
                u.anchorInferred = inferred != null;
                List<ExtractedEvent> again = extractor.extract(ArticleRows.toWire(u), inferred);
                List<MentionFacts> fresh = again.stream().map(e -> MentionRows.facts(id, true, e)).toList();
                Map<String, Set<String>> vacated = new HashMap<>();
                Set<EventType> types = typesOf(fresh);
                for (Mention m : own) {
                    vacated.computeIfAbsent(m.eventId, k -> new HashSet<>()).add(id);
                    types.add(EventType.valueOf(m.type));
                    mentions.delete(m);
                }
                em.flush();
                next.addAll(merger.recluster(types, fresh, vacated, pending));
            }
            round = next;
        }
    }

    /** Mentions (as merge facts) of every event the given mentions belong to, by event id. */
    private Map<String, List<MentionFacts>> eventsOf(List<Mention> own) {
        Set<String> eventIds = own.stream().map(m -> m.eventId).collect(Collectors.toSet());
        List<Mention> rows = mentions.findByEventIds(eventIds);
        Set<String> undated = articles.undatedAmong(rows.stream().map(m -> m.articleId).collect(Collectors.toSet()));
        Map<String, List<MentionFacts>> byEvent = new LinkedHashMap<>();
        for (Mention m : rows) {
            byEvent.computeIfAbsent(m.eventId, k -> new ArrayList<>())
                    .add(MentionRows.facts(m, undated.contains(m.articleId)));
        }
        return byEvent;
    }

    /** The outbox rows, in the same transaction; each payload carries its own row's sequence. */
    private int writeChanges(PendingChanges pending) {
        Instant now = Instant.now();
        int written = 0;
        for (PendingChanges.Entry entry : pending.entries()) {
            Event event = events.findById(entry.eventId());
            if (event == null) {
                continue;
            }
            List<Mention> support = mentions.findByEventIds(List.of(event.id));
            Map<String, Article> sources = articles.findByIds(
                            support.stream().map(m -> m.articleId).collect(Collectors.toSet()))
                    .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
            Change change = new Change();
            change.sequence = changes.nextSequence();
            change.eventId = event.id;
            change.changeType = entry.type().name();
            change.createdAt = now;
            change.payload = JsonColumns.write(new EventChange(change.sequence, entry.type(),
                    EventViews.toWire(event, support, sources), entry.mergedEventIds(), now));
            changes.persist(change);
            written++;
        }
        return written;
    }

    private static Set<EventType> typesOf(List<MentionFacts> facts) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        facts.forEach(f -> types.add(f.type()));
        return types;
    }
}

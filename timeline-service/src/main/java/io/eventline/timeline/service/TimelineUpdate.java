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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One article into the timeline, in ONE transaction: the article row, its mentions, the merged events and the outbox
 * rows announcing them commit together or not at all. Serialised across instances by the merge lock.
 */
@ApplicationScoped
public class TimelineUpdate {
    private static final Logger LOG = Logger.getLogger(TimelineUpdate.class);

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
        // Extraction depends on the article alone: done before taking the merge lock, so that instances extract in
        // parallel and only take turns for the merge itself.
        List<ExtractedEvent> extracted = extractor.extract(article, null);
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
        boolean undated = article.publishedDate() == null;
        List<MentionFacts> fresh = extracted.stream()
                .map(e -> MentionRows.facts(article.id(), undated, e)).toList();
        merger.recluster(typesOf(fresh), fresh, Map.of(), pending);
        reinferAnchors(typesOf(fresh), pending);

        row.status = ArticleStatus.PROCESSED.name();
        row.processedAt = Instant.now();
        int written = writeChanges(pending);
        return new Result(true, pending.createdCount(), pending.mergedCount(), written);
    }

    /**
     * Re-dates the undated articles that report happenings of the affected types. An undated article's anchor is a
     * function of its own text and of the articles that carry a date (never of other undated articles, nor of its own
     * earlier re-extractions): its date-free extraction is clustered, in memory, with the mentions of dated articles,
     * and {@link AnchorInference} picks the anchor. When the anchor moved, the article is re-extracted with it and
     * its stored mentions replaced. Because no anchor depends on another undated article, one pass settles it.
     */
    private void reinferAnchors(Set<EventType> types, PendingChanges pending) {
        AnchorInference inference = new AnchorInference(merger.aggregator());
        List<String> typeNames = types.stream().map(Enum::name).toList();
        List<String> undatedIds = mentions.undatedArticlesWithTypes(typeNames);
        if (undatedIds.isEmpty()) {
            return;
        }
        for (String id : undatedIds) {
            Article u = articles.findById(id);
            ParsedArticle wire = ArticleRows.toWire(u);
            List<MentionFacts> dateFree = extractor.extract(wire, null).stream()
                    .map(e -> MentionRows.facts(id, true, e)).toList();
            List<MentionFacts> pool = new ArrayList<>(dateFree);
            for (Mention m : mentions.findDatedByTypes(typesOf(dateFree).stream().map(Enum::name).toList())) {
                pool.add(MentionRows.facts(m, false));
            }
            List<List<MentionFacts>> reported = merger.cluster(pool).stream()
                    .filter(c -> c.stream().anyMatch(m -> m.articleId().equals(id))).toList();
            LocalDate inferred = inference.infer(id, reported);
            if (Objects.equals(inferred, u.anchorDate)) {
                continue;
            }
            LOG.debugf("article %s: anchor %s inferred from merged events (was %s)", id, inferred, u.anchorDate);
            u.anchorDate = inferred;
            u.anchorInferred = inferred != null;
            List<ExtractedEvent> again = inferred == null ? null : extractor.extract(wire, inferred);
            List<MentionFacts> fresh = inferred == null ? dateFree
                    : again.stream().map(e -> MentionRows.facts(id, true, e)).toList();
            Map<String, Set<String>> vacated = new HashMap<>();
            Set<EventType> affected = typesOf(fresh);
            for (Mention m : mentions.findByArticle(id)) {
                vacated.computeIfAbsent(m.eventId, k -> new HashSet<>()).add(id);
                affected.add(EventType.valueOf(m.type));
                mentions.delete(m);
            }
            em.flush();
            merger.recluster(affected, fresh, vacated, pending);
        }
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

package io.eventline.timeline.service;

import io.eventline.timeline.Event;
import io.eventline.timeline.Mention;
import io.eventline.timeline.repository.EventRepository;
import io.eventline.timeline.repository.MentionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Test helper: the timeline as comparable lines (ids left out: they may differ between runs) and a DB reset. */
@ApplicationScoped
public class TimelineSnapshot {
    @Inject
    EventRepository events;
    @Inject
    MentionRepository mentions;
    @Inject
    EntityManager em;

    /** One line per event: type, dates, precision, status, source count and supporting articles, sorted. */
    public List<String> lines() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<Mention>> byEvent = mentions.listAll().stream()
                    .collect(Collectors.groupingBy(m -> m.eventId));
            TreeSet<String> out = new TreeSet<>();
            for (Event e : events.listAll()) {
                String articles = byEvent.getOrDefault(e.id, List.of()).stream().map(m -> m.articleId)
                        .distinct().sorted().collect(Collectors.joining(","));
                out.add(e.type + " " + e.date + ".." + e.dateEnd + " " + e.datePrecision + " " + e.status
                        + " sources=" + e.sourceCount + " [" + articles + "]");
            }
            return List.copyOf(out);
        });
    }

    public String eventLine(String type, String article) {
        return lines().stream().filter(l -> l.startsWith(type + " ") && l.contains(article))
                .findFirst().orElse(null);
    }

    public void reset() {
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("truncate event_change, mention, event, article restart identity cascade")
                        .executeUpdate());
    }
}

package io.eventline.timeline.repository;

import io.eventline.timeline.Mention;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/** Write side of the {@code mention} table. */
@ApplicationScoped
public class MentionRepository implements PanacheRepository<Mention> {

    /** Every mention of the given event types: the scope a merge is recomputed over. */
    public List<Mention> findByTypes(Collection<String> types) {
        return types.isEmpty() ? List.of() : list("type in ?1", types);
    }

    public List<Mention> findByArticle(String articleId) {
        return list("articleId", articleId);
    }

    public List<Mention> findByEventIds(Collection<String> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1 order by articleId, sentenceStart, id", eventIds);
    }
}

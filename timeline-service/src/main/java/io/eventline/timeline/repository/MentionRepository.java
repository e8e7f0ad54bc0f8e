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

    /** Mentions of the given types reported by articles that carry their own publication date. */
    public List<Mention> findDatedByTypes(Collection<String> types) {
        return types.isEmpty() ? List.of() : getEntityManager().createQuery(
                        "select m from Mention m where m.type in :types and m.articleId in"
                                + " (select a.id from Article a where a.publishedDate is not null)", Mention.class)
                .setParameter("types", types).getResultList();
    }

    /** Articles without a publication date of their own that have a mention of one of the given types. */
    public List<String> undatedArticlesWithTypes(Collection<String> types) {
        return types.isEmpty() ? List.of() : getEntityManager().createQuery(
                        "select distinct m.articleId from Mention m where m.type in :types and m.articleId in"
                                + " (select a.id from Article a where a.publishedDate is null) order by m.articleId",
                        String.class)
                .setParameter("types", types).getResultList();
    }

    public List<Mention> findByArticle(String articleId) {
        return list("articleId", articleId);
    }

    public List<Mention> findByEventIds(Collection<String> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1 order by articleId, sentenceStart, id", eventIds);
    }
}

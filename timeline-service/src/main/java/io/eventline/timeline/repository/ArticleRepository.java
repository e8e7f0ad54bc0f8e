package io.eventline.timeline.repository;

import io.eventline.timeline.Article;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Write side of the {@code article} table. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    public List<Article> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Those of the given articles that carry no publication date of their own. */
    public Set<String> undatedAmong(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select a.id from Article a where a.id in :ids and a.publishedDate is null", String.class)
                .setParameter("ids", ids).getResultList());
    }
}

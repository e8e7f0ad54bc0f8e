package io.eventline.timeline.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Serialises merging across every timeline-service instance: a PostgreSQL advisory lock held until the current
 * transaction ends. Merging reads and rewrites whole groups of events, so two articles merged at once could
 * otherwise each miss the other's mentions.
 */
@ApplicationScoped
public class TimelineLock {
    private static final long MERGE_LOCK = 0x6576656e746c01L;

    @Inject
    EntityManager em;

    public void lockForMerge() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:k)) as locked").setParameter("k", MERGE_LOCK).getSingleResult();
    }
}

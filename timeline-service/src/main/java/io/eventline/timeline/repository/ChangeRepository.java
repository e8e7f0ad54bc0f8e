package io.eventline.timeline.repository;

import io.eventline.timeline.Change;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The {@code event_change} outbox / change log. */
@ApplicationScoped
public class ChangeRepository implements PanacheRepositoryBase<Change, Long> {
    /** Any constant shared by every instance: only one relays at a time, so changes go out in sequence order. */
    private static final long RELAY_LOCK = 0x6576656e746c02L;

    /** Draws the next sequence so that the JSON payload can carry its own row's sequence. */
    public long nextSequence() {
        return ((Number) getEntityManager()
                .createNativeQuery("select nextval(pg_get_serial_sequence('event_change', 'sequence'))")
                .getSingleResult()).longValue();
    }

    /** Whether this transaction won the relay; another instance that holds it is relaying right now. */
    public boolean tryRelayLock() {
        return (Boolean) getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(:k)")
                .setParameter("k", RELAY_LOCK).getSingleResult();
    }

    /** The oldest unpublished changes, locked for this transaction; rows locked elsewhere are skipped. */
    @SuppressWarnings("unchecked")
    public List<Change> lockUnpublished(int limit) {
        return getEntityManager().createNativeQuery(
                        "select * from event_change where published_at is null order by sequence"
                                + " limit :n for update skip locked", Change.class)
                .setParameter("n", limit).getResultList();
    }

    public long countUnpublished() {
        return count("publishedAt is null");
    }

    /** Changes after a sequence, ascending (replay for SSE clients). */
    public List<Change> findAfter(long after, int limit) {
        return find("sequence > ?1 order by sequence", after).page(0, limit).list();
    }
}

package io.eventline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A row of the change log, which is also the outbox: written in the same transaction as the event it describes,
 * relayed to Kafka afterwards and marked published only once the broker acknowledged it.
 */
@Entity
@Table(name = "event_change")
public class Change {
    /** Assigned from the table's sequence before insert so that the JSON payload can carry it. */
    @Id
    public Long sequence;
    @Column(name = "event_id")
    public String eventId;
    /** CREATED | UPDATED | MERGED (contracts ChangeType). */
    @Column(name = "change_type")
    public String changeType;
    /** The contracts EventChange as JSON, its sequence equal to {@link #sequence}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "published_at")
    public Instant publishedAt;
}

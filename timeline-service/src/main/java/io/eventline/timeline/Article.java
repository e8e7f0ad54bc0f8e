package io.eventline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A consumed article. The row is also the record that the article was processed: a redelivered article whose row
 * is PROCESSED is skipped (idempotent consumption).
 */
@Entity
@Table(name = "article")
public class Article {
    @Id
    public String id;
    public String title;
    public String source;
    public String url;
    /** The publication date-time exactly as the article gave it. */
    @Column(name = "published_at")
    public String publishedAt;
    @Column(name = "published_date")
    public LocalDate publishedDate;
    @Column(name = "published_at_origin")
    public String publishedAtOrigin;
    /** Date relative expressions were resolved against: the publication date, or one inferred by merging. */
    @Column(name = "anchor_date")
    public LocalDate anchorDate;
    @Column(name = "anchor_inferred")
    public boolean anchorInferred;
    public String body;
    /** JSON list of {start,end} sentence spans in {@link #body}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String sentences;
    /** PENDING | PROCESSED | FAILED (contracts ArticleStatus). */
    public String status;
    public String error;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "processed_at")
    public Instant processedAt;
}

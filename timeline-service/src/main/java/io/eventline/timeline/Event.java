package io.eventline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A timeline event: one real-world happening. Every aggregate field is recomputed from all of the event's mentions,
 * so the stored event depends on the set of mentions and not on the order articles arrived in.
 * The generated {@code search} column is not mapped: only queries read it.
 */
@Entity
@Table(name = "event")
public class Event {
    @Id
    public String id;
    /** contracts EventType name. */
    public String type;
    public String title;
    public LocalDate date;
    @Column(name = "date_end")
    public LocalDate dateEnd;
    @Column(name = "date_precision")
    public String datePrecision;
    public String status;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] actors = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] locations = new String[0];
    /** JSON list of contracts Quantity. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String quantities;
    @Column(name = "cameo_code")
    public String cameoCode;
    public double confidence;
    @Column(name = "source_count")
    public int sourceCount;
    /** JSON list of contracts AlternativeDate. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "alternative_dates")
    public String alternativeDates;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
    /** Evidence sentences joined, feeding the generated full-text column. */
    public String evidence;
    /** Lower-cased copies for case-insensitive array filters; kept in step by the writer. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "actors_lc", columnDefinition = "text[]")
    public String[] actorsLc = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "locations_lc", columnDefinition = "text[]")
    public String[] locationsLc = new String[0];
}

package io.eventline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/** One event mention found in one sentence of one article; {@link #eventId} is re-pointed when events merge. */
@Entity
@Table(name = "mention")
public class Mention {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "article_id")
    public String articleId;
    public String type;
    public String title;
    public LocalDate date;
    @Column(name = "date_end")
    public LocalDate dateEnd;
    @Column(name = "date_precision")
    public String datePrecision;
    public String status;
    /** nlp DateBasis name. */
    @Column(name = "date_basis")
    public String dateBasis;
    @Column(name = "time_expression")
    public String timeExpression;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] actors = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] locations = new String[0];
    @JdbcTypeCode(SqlTypes.JSON)
    public String quantities;
    @Column(name = "cameo_code")
    public String cameoCode;
    public double confidence;
    public String sentence;
    @Column(name = "sentence_start")
    public Integer sentenceStart;
    @Column(name = "sentence_end")
    public Integer sentenceEnd;
}

package io.eventline.timeline.service;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;
import io.eventline.nlp.extract.DateBasis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What the merge needs to know about one stored mention, independent of JPA.
 *
 * @param mentionId      database id (null before insert); never used for decisions, only to write results back
 * @param currentEventId the event the mention belongs to now, null when new
 * @param articleUndated the article has no publication date of its own (its anchor, if any, was inferred by merging)
 */
public record MentionFacts(
        Long mentionId,
        String currentEventId,
        String articleId,
        boolean articleUndated,
        EventType type,
        String cameoCode,
        String title,
        LocalDate date,
        LocalDate dateEnd,
        DatePrecision precision,
        EventStatus status,
        DateBasis basis,
        List<String> actors,
        List<String> locations,
        List<Quantity> quantities,
        double confidence,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        String timeExpression) {

    /** Content order used for every tie-break, so that results never depend on arrival or insertion order. */
    public static final Comparator<MentionFacts> CONTENT_ORDER = Comparator
            .comparing(MentionFacts::articleId)
            .thenComparingInt(MentionFacts::sentenceStart)
            .thenComparing(m -> m.type().name())
            .thenComparing(m -> m.title() == null ? "" : m.title());

    public boolean dated() {
        return date != null;
    }

    /** Last day the mention's date covers. */
    public LocalDate end() {
        return dateEnd != null ? dateEnd : date;
    }

    /** The date comes from the text itself (an absolute or relative expression), not from a default. */
    public boolean textualDate() {
        return date != null && (basis == DateBasis.EXPLICIT || basis == DateBasis.RELATIVE);
    }

    /**
     * The title and the evidence sentence: where the clause a treaty invocation names can be read. The extractor's
     * title names the clause even when the evidence sentence does not ("the first country to invoke the mutual
     * defence clause" is titled "France invokes EU Article 42.7").
     */
    public String clauseText() {
        return (title == null ? "" : title) + ". " + (sentence == null ? "" : sentence);
    }

    public DatePrecision precisionOrUnknown() {
        return precision == null ? (date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY) : precision;
    }
}

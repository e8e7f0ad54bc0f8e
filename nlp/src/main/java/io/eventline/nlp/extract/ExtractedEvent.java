package io.eventline.nlp.extract;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;

import java.time.LocalDate;
import java.util.List;

/**
 * One event mention found in one sentence of one article, before merging across articles.
 *
 * @param timeExpression the text of the time expression the date was resolved from, null when none
 * @param dateBasis      what the date rests on
 * @param sentenceStart  offset of the evidence sentence in the article's cleaned text (inclusive)
 * @param sentenceEnd    offset of the end of the evidence sentence (exclusive)
 */
public record ExtractedEvent(
        EventType type,
        String cameoCode,
        String title,
        LocalDate date,
        LocalDate dateEnd,
        DatePrecision datePrecision,
        EventStatus status,
        List<String> actors,
        List<String> locations,
        List<Quantity> quantities,
        double confidence,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        String timeExpression,
        DateBasis dateBasis) {
}

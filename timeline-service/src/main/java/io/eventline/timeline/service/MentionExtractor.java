package io.eventline.timeline.service;

import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.extract.ExtractedEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * Seam between the timeline and the nlp extractor, so that merge and consumption can be tested with known mentions.
 */
@FunctionalInterface
public interface MentionExtractor {
    /**
     * @param anchor date relative expressions are resolved against; null to use the article's own publication date
     */
    List<ExtractedEvent> extract(ParsedArticle article, LocalDate anchor);
}

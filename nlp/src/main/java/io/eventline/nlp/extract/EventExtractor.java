package io.eventline.nlp.extract;

import io.eventline.contracts.ParsedArticle;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the real-world events an article reports, dated from its own text against an anchor date.
 * Thread-safe and immutable after construction; the rule files are loaded once.
 */
public final class EventExtractor {

    private EventExtractor() {
    }

    /** The extractor with the default rule set under {@code rules/} and {@code gazetteer/} on the classpath. */
    public static EventExtractor fromClasspath() {
        return new EventExtractor();
    }

    /** Extracts with the article's publication date as anchor (may be null). */
    public List<ExtractedEvent> extract(ParsedArticle article) {
        return extract(article, article.publishedDate());
    }

    /** Extracts with an explicit anchor, e.g. one inferred for an undated article by the merge step. */
    public List<ExtractedEvent> extract(ParsedArticle article, LocalDate anchor) {
        // API placeholder so dependants compile; the rule engine lands in the next commits.
        return List.of();
    }
}

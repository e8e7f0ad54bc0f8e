package io.eventline.timeline.service;

import io.eventline.nlp.extract.EventExtractor;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The nlp rule-based extractor behind the {@link MentionExtractor} seam; tests may replace it. */
@ApplicationScoped
public class ExtractorProducer {

    @Produces
    @ApplicationScoped
    @DefaultBean
    MentionExtractor mentionExtractor() {
        EventExtractor extractor = EventExtractor.fromClasspath();
        // a null anchor means "the article's own date", which is what extract(article) does
        return (article, anchor) -> anchor == null ? extractor.extract(article) : extractor.extract(article, anchor);
    }
}

package io.eventline.timeline.service;

import io.eventline.contracts.ParsedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Entry point for one articles.parsed message: parse, merge into the timeline in one transaction, and on failure
 * record the article as FAILED before rethrowing (the messaging layer then dead-letters the message).
 */
@ApplicationScoped
public class ArticleProcessor {
    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);

    @Inject
    TimelineUpdate update;
    @Inject
    FailedArticles failures;
    @Inject
    TimelineMetrics metrics;

    /**
     * @param key  record key (the article id by contract), may be null
     * @param json record value
     * @throws RuntimeException when the message cannot be processed; the article is then marked FAILED if its id is known
     */
    public TimelineUpdate.Result process(String key, String json) {
        ParsedArticle article = null;
        try {
            article = ArticleReader.read(key, json);
            TimelineUpdate.Result result = update.apply(article);
            metrics.articleDone(result);
            return result;
        } catch (RuntimeException e) {
            metrics.articleFailed();
            String id = article != null ? article.id() : e instanceof InvalidArticleException iae ? iae.articleId() : key;
            LOG.warnf(e, "article %s could not be processed", id);
            if (id != null && !id.isBlank()) {
                try {
                    failures.markFailed(id, article, e);
                } catch (RuntimeException markError) {
                    LOG.warnf(markError, "could not mark article %s as failed", id);
                }
            }
            throw e;
        }
    }
}

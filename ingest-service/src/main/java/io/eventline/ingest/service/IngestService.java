package io.eventline.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eventline.contracts.Json;
import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.api.ArticleAccepted;
import io.eventline.ingest.config.IngestConfig;
import io.eventline.ingest.messaging.ArticleSink;
import io.eventline.nlp.article.ArticleParser;
import io.eventline.nlp.article.ArticleRejectedException;
import io.eventline.nlp.article.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parses a submitted article and publishes it; answers only once the broker has acknowledged the record, so an
 * {@link ArticleAccepted} is a promise that the article will reach the timeline.
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final ArticleParser parser;
    private final ArticleSink sink;
    private final Duration publishTimeout;
    private final IngestMetrics metrics;

    @Inject
    public IngestService(ArticleParser parser, ArticleSink sink, IngestConfig config, IngestMetrics metrics) {
        this(parser, sink, config.publishTimeout(), metrics);
    }

    public IngestService(ArticleParser parser, ArticleSink sink, Duration publishTimeout, IngestMetrics metrics) {
        this.parser = parser;
        this.sink = sink;
        this.publishTimeout = publishTimeout;
        this.metrics = metrics;
    }

    /**
     * @throws ArticleRejectedException the article is unusable (no text, bad publishedAt)
     * @throws PublishFailedException   Kafka did not acknowledge within the publish timeout
     */
    public ArticleAccepted ingest(RawArticle raw) {
        ParsedArticle article;
        try {
            article = parser.parse(raw, Instant.now());
        } catch (ArticleRejectedException e) {
            metrics.rejected(e.code());
            throw e;
        }
        String json;
        try {
            json = Json.mapper().writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ParsedArticle is always serialisable", e);
        }
        long start = System.nanoTime();
        try {
            sink.publish(article.id(), json).toCompletableFuture().get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            metrics.publishFailed();
            LOG.warnf("article %s not acknowledged by Kafka within %s", article.id(), publishTimeout);
            throw new PublishFailedException("Kafka did not acknowledge the article within " + publishTimeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            metrics.publishFailed();
            LOG.warnf(e.getCause(), "article %s could not be published", article.id());
            throw new PublishFailedException("Kafka refused the article: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            metrics.publishFailed();
            throw new PublishFailedException("interrupted while waiting for Kafka", e);
        }
        metrics.published(Duration.ofNanos(System.nanoTime() - start));
        metrics.accepted();
        LOG.debugf("accepted article %s (%d sentences)", article.id(), article.sentences().size());
        return ArticleAccepted.of(article.id());
    }
}

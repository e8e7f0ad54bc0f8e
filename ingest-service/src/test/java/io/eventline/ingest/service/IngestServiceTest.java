package io.eventline.ingest.service;

import io.eventline.contracts.Json;
import io.eventline.contracts.ParsedArticle;
import io.eventline.ingest.messaging.ArticleSink;
import io.eventline.nlp.article.ArticleParser;
import io.eventline.nlp.article.ArticleRejectedException;
import io.eventline.nlp.article.RawArticle;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service answers only after the sink acknowledged, and never claims an article it could not store. */
class IngestServiceTest {
    static final ArticleParser PARSER = ArticleParser.create();
    static final String BODY = "France seeks military help from EU\n\nNovember 17, 2015\n\n"
            + "EU defense ministers said on Tuesday they supported France's request for military assistance.";

    /** Records what was published; completes each send as told. */
    static final class RecordingSink implements ArticleSink {
        final List<String[]> sent = new ArrayList<>();
        CompletionStage<Void> answer = CompletableFuture.completedFuture(null);

        @Override
        public CompletionStage<Void> publish(String key, String json) {
            sent.add(new String[] {key, json});
            return answer;
        }
    }

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final RecordingSink sink = new RecordingSink();
    final IngestService service = new IngestService(PARSER, sink, Duration.ofMillis(300), new IngestMetrics(registry));

    @Test
    void publishesTheParsedArticleKeyedByIdAndAnswersItsId() throws Exception {
        var accepted = service.ingest(RawArticle.text(BODY));

        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(sink.sent).hasSize(1);
        assertThat(sink.sent.get(0)[0]).isEqualTo(accepted.id());
        ParsedArticle article = Json.mapper().readValue(sink.sent.get(0)[1], ParsedArticle.class);
        assertThat(article.id()).isEqualTo(accepted.id());
        assertThat(article.publishedAt()).isEqualTo("2015-11-17");
        assertThat(article.title()).isEqualTo("France seeks military help from EU");
        assertThat(registry.get("eventline.ingest.articles.accepted").counter().count()).isEqualTo(1.0);
    }

    @Test
    void unacknowledgedSendTimesOutAsPublishFailure() {
        sink.answer = new CompletableFuture<>(); // the broker never answers
        long start = System.nanoTime();
        assertThatThrownBy(() -> service.ingest(RawArticle.text(BODY))).isInstanceOf(PublishFailedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(registry.get("eventline.ingest.publish.failures").counter().count()).isEqualTo(1.0);
        assertThat(registry.find("eventline.ingest.articles.accepted").counter().count()).isZero();
    }

    @Test
    void nackedSendIsPublishFailure() {
        sink.answer = CompletableFuture.failedFuture(new IllegalStateException("broker down"));
        assertThatThrownBy(() -> service.ingest(RawArticle.text(BODY)))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining("broker down");
    }

    @Test
    void rejectedArticleIsCountedByReasonAndNotPublished() {
        assertThatThrownBy(() -> service.ingest(RawArticle.text("1. Skip to content\n\nFont Size:")))
                .isInstanceOfSatisfying(ArticleRejectedException.class, e -> assertThat(e.code()).isEqualTo("no_text"));
        assertThat(sink.sent).isEmpty();
        assertThat(registry.get("eventline.ingest.articles.rejected").tag("reason", "no_text").counter().count())
                .isEqualTo(1.0);
    }
}

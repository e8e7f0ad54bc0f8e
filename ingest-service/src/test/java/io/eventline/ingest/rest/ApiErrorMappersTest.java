package io.eventline.ingest.rest;

import io.eventline.contracts.api.ApiError;
import io.eventline.ingest.service.IngestMetrics;
import io.eventline.ingest.service.PublishFailedException;
import io.eventline.nlp.article.ArticleRejectedException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The mappings that the Kafka-backed test cannot provoke: 503 when the broker does not acknowledge, 500. */
class ApiErrorMappersTest {
    final ApiErrorMappers mappers = new ApiErrorMappers();

    {
        mappers.metrics = new IngestMetrics(new SimpleMeterRegistry());
    }

    @Test
    void unacknowledgedPublishIs503WithRetryAfter() {
        Response r = mappers.publishFailed(new PublishFailedException("Kafka did not acknowledge the article within 10 s",
                new TimeoutException()));
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
        ApiError body = (ApiError) r.getEntity();
        assertThat(body.error()).isEqualTo("kafka_unavailable");
        assertThat(body.message()).contains("nothing was accepted");
    }

    @Test
    void rejectedArticlesMapTo422And400() {
        Response noText = mappers.articleRejected(new ArticleRejectedException("no_text", null, "empty"));
        assertThat(noText.getStatus()).isEqualTo(422);
        Response badDate = mappers.articleRejected(new ArticleRejectedException("bad_published_at", "publishedAt", "bad"));
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(((ApiError) badDate.getEntity()).field()).isEqualTo("publishedAt");
    }

    @Test
    void unexpectedErrorsHideTheirDetails() {
        Response r = mappers.unexpected(new IllegalStateException("secret internals"));
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(((ApiError) r.getEntity()).message()).doesNotContain("secret");
    }
}

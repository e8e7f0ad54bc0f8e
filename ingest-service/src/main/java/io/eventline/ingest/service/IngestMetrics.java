package io.eventline.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Prometheus figures of ingestion: {@code eventline_ingest_articles_accepted_total},
 * {@code eventline_ingest_articles_rejected_total{reason=...}}, {@code eventline_ingest_publish_failures_total}
 * and the {@code eventline_ingest_publish_seconds} timer (parse excluded).
 */
@ApplicationScoped
public class IngestMetrics {
    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter publishFailures;
    private final Timer publish;

    @Inject
    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = Counter.builder("eventline.ingest.articles.accepted")
                .description("Articles acknowledged by Kafka and answered 202").register(registry);
        this.publishFailures = Counter.builder("eventline.ingest.publish.failures")
                .description("Articles not acknowledged by Kafka in time (answered 503)").register(registry);
        this.publish = Timer.builder("eventline.ingest.publish")
                .description("Time from send to broker acknowledgement").register(registry);
    }

    public void accepted() {
        accepted.increment();
    }

    public void rejected(String reason) {
        Counter.builder("eventline.ingest.articles.rejected").tag("reason", reason)
                .description("Articles refused with a 4xx, by error code").register(registry).increment();
    }

    public void publishFailed() {
        publishFailures.increment();
    }

    public void published(Duration took) {
        publish.record(took);
    }
}

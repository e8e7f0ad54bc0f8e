package io.eventline.timeline.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/** Prometheus figures of the write side (exposed on /q/metrics). */
@ApplicationScoped
public class TimelineMetrics {
    private final Counter processed;
    private final Counter failed;
    private final Counter redelivered;
    private final Counter created;
    private final Counter merged;
    private final Counter published;
    private final AtomicLong outboxLag = new AtomicLong();

    public TimelineMetrics(MeterRegistry registry) {
        processed = Counter.builder("eventline.articles.processed").description("Articles merged into the timeline")
                .register(registry);
        failed = Counter.builder("eventline.articles.failed").description("Articles sent to the dead-letter topic")
                .register(registry);
        redelivered = Counter.builder("eventline.articles.redelivered")
                .description("Deliveries of already processed articles, skipped").register(registry);
        created = Counter.builder("eventline.events.created").description("Timeline events created")
                .register(registry);
        merged = Counter.builder("eventline.events.merged").description("Timeline events that absorbed others")
                .register(registry);
        published = Counter.builder("eventline.changes.published")
                .description("Change log rows acknowledged by Kafka").register(registry);
        Gauge.builder("eventline.outbox.lag", outboxLag, AtomicLong::get)
                .description("Change log rows not yet acknowledged by Kafka").register(registry);
    }

    public void articleDone(TimelineUpdate.Result result) {
        if (!result.processed()) {
            redelivered.increment();
            return;
        }
        processed.increment();
        created.increment(result.created());
        merged.increment(result.merged());
    }

    public void articleFailed() {
        failed.increment();
    }

    public void published(int count) {
        published.increment(count);
    }

    public void outboxLag(long unpublished) {
        outboxLag.set(unpublished);
    }
}

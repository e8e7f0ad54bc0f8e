package io.eventline.gateway.service;

import io.eventline.contracts.EventChange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The live feed of this gateway instance: every change its Kafka consumer sees, fanned out to every SSE client.
 * Hot: a subscriber only gets changes published after it subscribed (replay is {@link ChangeStream}'s job).
 */
@ApplicationScoped
@Startup // its meters exist from the start, not from the first change
public class ChangeBroadcaster {
    private final BroadcastProcessor<EventChange> processor = BroadcastProcessor.create();
    private final AtomicLong lastSequence = new AtomicLong(-1);
    private final Counter published;

    public ChangeBroadcaster(MeterRegistry registry) {
        this.published = Counter.builder("eventline.gateway.changes.received")
                .description("timeline changes received from Kafka and broadcast to SSE clients").register(registry);
    }

    /** Called by the single Kafka consumer thread; synchronized anyway because onNext must never run concurrently. */
    public synchronized void publish(EventChange change) {
        lastSequence.accumulateAndGet(change.sequence(), Math::max);
        published.increment();
        processor.onNext(change);
    }

    public Multi<EventChange> changes() {
        return processor;
    }

    /** Highest sequence seen live so far, -1 before the first change. */
    public long lastSequence() {
        return lastSequence.get();
    }
}

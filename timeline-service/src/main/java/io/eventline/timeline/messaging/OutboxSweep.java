package io.eventline.timeline.messaging;

import io.eventline.timeline.service.OutboxRelay;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Every second, relays change-log rows left unpublished (Kafka was down, or the process died after a commit). */
@ApplicationScoped
public class OutboxSweep {
    @Inject
    OutboxRelay relay;

    @Scheduled(every = "${eventline.outbox.sweep-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${eventline.outbox.sweep-delay:2s}")
    void sweep() {
        relay.relayAll();
    }
}

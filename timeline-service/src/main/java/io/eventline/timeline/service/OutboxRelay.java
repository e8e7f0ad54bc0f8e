package io.eventline.timeline.service;

import io.eventline.timeline.Change;
import io.eventline.timeline.repository.ChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Relays the change log to Kafka in sequence order. Rows are marked published only after the broker acknowledged
 * them: a crash in between republishes them (at-least-once; consumers dedupe by sequence), never loses them.
 * One relay at a time across instances (advisory try-lock), rows locked with FOR UPDATE SKIP LOCKED.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    ChangeRepository changes;
    @Inject
    ChangeSender sender;
    @Inject
    TimelineMetrics metrics;
    @ConfigProperty(name = "eventline.outbox.batch-size", defaultValue = "100")
    int batchSize;
    @ConfigProperty(name = "eventline.outbox.ack-timeout-seconds", defaultValue = "30")
    int ackTimeoutSeconds;

    /** Publishes one batch; returns how many rows were acknowledged (0 when another instance is relaying). */
    @Transactional
    public int relayOnce() {
        if (!changes.tryRelayLock()) {
            return 0;
        }
        List<Change> batch = changes.lockUnpublished(batchSize);
        if (batch.isEmpty()) {
            metrics.outboxLag(0);
            return 0;
        }
        List<CompletableFuture<Void>> acks = batch.stream().map(sender::send).toList();
        int acknowledged = 0;
        Instant now = Instant.now();
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(ackTimeoutSeconds, TimeUnit.SECONDS);
                batch.get(i).publishedAt = now;
                acknowledged++;
            } catch (Exception e) {
                // left unpublished: the next sweep retries it (and, at-least-once, possibly later rows again)
                LOG.warnf(e, "change %d not acknowledged by Kafka; will retry", batch.get(i).sequence);
            }
        }
        metrics.published(acknowledged);
        metrics.outboxLag(changes.countUnpublished() - acknowledged);
        return acknowledged;
    }

    /** Relays until nothing is left or Kafka stops acknowledging. */
    public int relayAll() {
        int total = 0;
        int n;
        do {
            n = relayOnce();
            total += n;
        } while (n >= batchSize);
        return total;
    }
}

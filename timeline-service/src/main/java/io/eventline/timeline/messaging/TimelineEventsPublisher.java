package io.eventline.timeline.messaging;

import io.eventline.contracts.ChangeType;
import io.eventline.contracts.CloudEventTypes;
import io.eventline.timeline.Change;
import io.eventline.timeline.service.ChangeSender;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

/**
 * Sends change-log rows to timeline.events as binary-mode CloudEvents (ce_* headers, JSON body = EventChange),
 * keyed by event id so that one event's changes stay in order on one partition.
 */
@ApplicationScoped
public class TimelineEventsPublisher implements ChangeSender {
    private static final URI SOURCE = URI.create(CloudEventTypes.SOURCE);

    @Inject
    @Channel("timeline-out")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    Emitter<String> emitter;

    @Override
    public CompletableFuture<Void> send(Change change) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(Long.toString(change.sequence))
                .withType(ChangeType.valueOf(change.changeType).cloudEventType())
                .withSource(SOURCE)
                .withSubject(change.eventId)
                .withDataContentType("application/json")
                .withTimestamp(change.createdAt.atZone(ZoneOffset.UTC))
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(change.eventId).build();
        emitter.send(Message.of(change.payload)
                .addMetadata(cloudEvent)
                .addMetadata(kafka)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }
}

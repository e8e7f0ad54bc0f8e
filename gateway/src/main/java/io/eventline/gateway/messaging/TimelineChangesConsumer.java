package io.eventline.gateway.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventline.contracts.Topics;
import io.eventline.gateway.service.ChangeBroadcaster;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;

/**
 * Consumes {@link Topics#TIMELINE_EVENTS} with a consumer group of its own (every gateway instance sees every
 * change) and hands each change to the {@link ChangeBroadcaster}. A record that cannot be read is logged and
 * skipped: one bad message must not stop the live feed of every client.
 */
@ApplicationScoped
public class TimelineChangesConsumer {
    private final ChangeDecoder decoder;
    private final ChangeBroadcaster broadcaster;

    public TimelineChangesConsumer(ObjectMapper mapper, ChangeBroadcaster broadcaster) {
        this.decoder = new ChangeDecoder(mapper);
        this.broadcaster = broadcaster;
    }

    @Incoming(Topics.TIMELINE_EVENTS)
    public void onChange(ConsumerRecord<String, String> record) {
        try {
            broadcaster.publish(decoder.decode(header(record, "ce_type"), header(record, "ce_id"), record.value()));
        } catch (IllegalArgumentException e) {
            Log.warnf("skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

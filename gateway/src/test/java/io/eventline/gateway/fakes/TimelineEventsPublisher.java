package io.eventline.gateway.fakes;

import io.eventline.contracts.CloudEventTypes;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.Json;
import io.eventline.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Publishes EventChanges the way timeline-service does: binary-mode CloudEvents on timeline.events. */
public final class TimelineEventsPublisher implements AutoCloseable {
    private final KafkaProducer<String, String> producer;

    public TimelineEventsPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer());
    }

    public void publish(EventChange change) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.TIMELINE_EVENTS, change.event().id(),
                    Json.mapper().writeValueAsString(change));
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", Long.toString(change.sequence()));
            header(record, "ce_type", change.type().cloudEventType());
            header(record, "ce_source", CloudEventTypes.SOURCE);
            header(record, "ce_subject", change.event().id());
            header(record, "content-type", "application/json");
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish change " + change.sequence(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}

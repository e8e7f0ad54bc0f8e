package io.eventline.timeline.messaging;

import io.eventline.contracts.ArticleStatus;
import io.eventline.contracts.ChangeType;
import io.eventline.contracts.CloudEventTypes;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.Json;
import io.eventline.contracts.Topics;
import io.eventline.stack.testing.KafkaTestResource;
import io.eventline.stack.testing.PostgresTestResource;
import io.eventline.timeline.Article;
import io.eventline.timeline.repository.ArticleRepository;
import io.eventline.timeline.repository.ChangeRepository;
import io.eventline.timeline.service.ScriptArticlesAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The service end to end on a real KRaft broker and a real PostgreSQL: articles.parsed in, rows in the database,
 * binary-mode CloudEvents out on timeline.events; redelivery idempotent; malformed messages dead-lettered while
 * consumption goes on.
 */
@QuarkusTest
@TestProfile(KafkaScriptedProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true)
class KafkaPipelineTest {
    private static final Set<String> CHANGE_TYPES = Set.of(CloudEventTypes.EVENT_CREATED,
            CloudEventTypes.EVENT_UPDATED, CloudEventTypes.EVENT_MERGED);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    ArticleRepository articles;
    @Inject
    ChangeRepository changes;

    @Test
    void articleInCloudEventsOutRedeliveryIdempotentMalformedDeadLettered() throws Exception {
        try (KafkaProducer<String, String> producer = producer();
             KafkaConsumer<String, String> timeline = consumer(Topics.TIMELINE_EVENTS);
             KafkaConsumer<String, String> dlq = consumer(Topics.ARTICLES_PARSED_DLQ)) {

            send(producer, "dw-2015-11-17", ScriptArticlesAccess.json("dw-2015-11-17"));
            awaitTrue(() -> status("dw-2015-11-17") == ArticleStatus.PROCESSED, "dw processed");
            long firstChanges = countChanges();
            assertThat(firstChanges).isGreaterThan(0);
            List<ConsumerRecord<String, String>> published = drain(timeline, (int) firstChanges);
            assertThat(published).hasSize((int) firstChanges);
            for (ConsumerRecord<String, String> r : published) {
                assertCloudEvent(r);
            }
            awaitTrue(() -> unpublished() == 0, "outbox relayed");

            // redelivery of the same article, then a malformed message, then a good one
            send(producer, "dw-2015-11-17", ScriptArticlesAccess.json("dw-2015-11-17"));
            send(producer, "broken-1", "{this is not json");
            send(producer, "reuters-bamako-2015-11-20", ScriptArticlesAccess.json("reuters-bamako-2015-11-20"));
            awaitTrue(() -> status("reuters-bamako-2015-11-20") == ArticleStatus.PROCESSED, "next good message processed");

            List<ConsumerRecord<String, String>> dead = drain(dlq, 1);
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).key()).isEqualTo("broken-1");
            assertThat(dead.get(0).value()).isEqualTo("{this is not json");
            assertThat(status("broken-1")).isEqualTo(ArticleStatus.FAILED);

            long afterAll = countChanges();
            assertThat(afterAll).isEqualTo(firstChanges + 1); // only Bamako's new event; the redelivery added nothing
            List<ConsumerRecord<String, String>> more = drain(timeline, 2); // wait for more than expected
            assertThat(more).hasSize(1);
            EventChange bamako = assertCloudEvent(more.get(0));
            assertThat(bamako.type()).isEqualTo(ChangeType.CREATED);
            assertThat(bamako.event().sources()).extracting(s -> s.articleId()).containsExactly("reuters-bamako-2015-11-20");
        }

        RestAssured.get("/q/health/ready").then().statusCode(200);
        RestAssured.get("/q/metrics").then().statusCode(200)
                .body(containsString("eventline_articles_processed_total"))
                .body(containsString("eventline_outbox_lag"));
    }

    private EventChange assertCloudEvent(ConsumerRecord<String, String> r) throws Exception {
        Map<String, String> h = headers(r);
        assertThat(h.get("ce_specversion")).isEqualTo("1.0");
        assertThat(CHANGE_TYPES).contains(h.get("ce_type"));
        assertThat(h.get("ce_source")).isEqualTo(CloudEventTypes.SOURCE);
        assertThat(h.get("ce_subject")).isEqualTo(r.key());
        EventChange change = Json.mapper().readValue(r.value(), EventChange.class);
        assertThat(h.get("ce_id")).isEqualTo(Long.toString(change.sequence()));
        assertThat(h.get("ce_type")).isEqualTo(change.type().cloudEventType());
        assertThat(change.event().id()).isEqualTo(r.key());
        return change;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> r) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Header h : r.headers()) {
            out.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return out;
    }

    private ArticleStatus status(String id) {
        Article a = QuarkusTransaction.requiringNew().call(() -> articles.findById(id));
        return a == null ? null : ArticleStatus.valueOf(a.status);
    }

    private long countChanges() {
        return QuarkusTransaction.requiringNew().call(() -> changes.count());
    }

    private long unpublished() {
        return QuarkusTransaction.requiringNew().call(() -> changes.countUnpublished());
    }

    private static void send(KafkaProducer<String, String> producer, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_PARSED, key, value)).get();
    }

    /** Polls until {@code expected} records arrived or 15 s passed (returns what arrived). */
    private static List<ConsumerRecord<String, String>> drain(KafkaConsumer<String, String> consumer, int expected) {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15_000;
        while (out.size() < expected && System.currentTimeMillis() < deadline) {
            consumer.poll(Duration.ofMillis(300)).forEach(out::add);
        }
        return out;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(200);
        }
    }

    private KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private KafkaConsumer<String, String> consumer(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> c = new KafkaConsumer<>(p);
        c.subscribe(List.of(topic));
        return c;
    }
}

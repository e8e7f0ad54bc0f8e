package io.eventline.gateway.rest;

import io.eventline.contracts.ChangeType;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.Json;
import io.eventline.gateway.GatewayTestProfile;
import io.eventline.gateway.fakes.FakeDownstreams;
import io.eventline.gateway.fakes.TestEvents;
import io.eventline.gateway.fakes.TimelineEventsPublisher;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** /api/stream against a real Kafka broker: live delivery, replay after Last-Event-ID, heartbeats, filters. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class StreamTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Sequences are unique across the whole run, like timeline-service's change log. */
    private static final AtomicLong SEQUENCE = new AtomicLong(10_000);

    @TestHTTPResource("/api/stream")
    URL stream;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TimelineEventsPublisher kafka;

    @BeforeEach
    void connectProducer() throws Exception {
        FakeDownstreams.TIMELINE.reset();
        kafka = new TimelineEventsPublisher(bootstrapServers);
        awaitLiveFeed();
    }

    @AfterEach
    void closeProducer() {
        kafka.close();
    }

    /**
     * The gateway reads from the end of the topic, so a change published before its consumer got its partitions
     * would never arrive: publish probes until one does.
     */
    private void awaitLiveFeed() throws Exception {
        try (SseTestClient client = new SseTestClient(URI.create(stream.toString()), null)) {
            for (int attempt = 0; attempt < 60; attempt++) {
                long seq = SEQUENCE.incrementAndGet();
                kafka.publish(TestEvents.change(seq, ChangeType.UPDATED, TestEvents.parisAttacks()));
                if (client.next(m -> String.valueOf(seq).equals(m.id()), Duration.ofMillis(500)) != null) {
                    return;
                }
            }
        }
        throw new AssertionError("the gateway never received a change from Kafka");
    }

    @Test
    void liveChangeFromKafkaReachesTheClient() throws Exception {
        try (SseTestClient client = new SseTestClient(URI.create(stream.toString()), null)) {
            assertThat(client.status).isEqualTo(200);
            assertThat(client.contentType).startsWith("text/event-stream");
            long seq = SEQUENCE.incrementAndGet();
            kafka.publish(TestEvents.change(seq, ChangeType.CREATED, TestEvents.article427()));

            SseTestClient.Message m = client.next(SseTestClient::isChange, WAIT);
            assertThat(m).isNotNull();
            assertThat(m.id()).isEqualTo(Long.toString(seq));
            assertThat(m.event()).isEqualTo("created");
            EventChange change = Json.mapper().readValue(m.data(), EventChange.class);
            assertThat(change.sequence()).isEqualTo(seq);
            assertThat(change.type()).isEqualTo(ChangeType.CREATED);
            assertThat(change.event().id()).isEqualTo("evt-427");
            assertThat(change.event().date()).hasToString("2015-11-17");
            assertThat(change.event().sources().get(0).sentence()).contains("Article 42.7");
        }
    }

    @Test
    void reconnectReplaysMissedChangesThenContinuesLiveWithoutDuplicates() throws Exception {
        long base = SEQUENCE.addAndGet(100);
        FakeDownstreams.TIMELINE.changes.addAll(List.of(
                TestEvents.change(base + 1, ChangeType.CREATED, TestEvents.parisAttacks()),
                TestEvents.change(base + 2, ChangeType.CREATED, TestEvents.raqqaStrikes()),
                TestEvents.change(base + 3, ChangeType.MERGED, TestEvents.article427())));

        try (SseTestClient client = new SseTestClient(URI.create(stream.toString()), Long.toString(base + 1))) {
            assertThat(client.next(m -> m.id() != null && m.id().equals(Long.toString(base + 3)), WAIT)).isNotNull();
            // base+3 comes again from Kafka (it was in flight while the client reconnected), then base+4 is new
            kafka.publish(TestEvents.change(base + 3, ChangeType.MERGED, TestEvents.article427()));
            kafka.publish(TestEvents.change(base + 4, ChangeType.UPDATED, TestEvents.parisAttacks()));
            assertThat(client.next(m -> m.id() != null && m.id().equals(Long.toString(base + 4)), WAIT)).isNotNull();
            List<String> later = client.drain(Duration.ofMillis(1500)).stream()
                    .filter(SseTestClient::isChange).map(SseTestClient.Message::id).toList();
            assertThat(later).doesNotContain(Long.toString(base + 3), Long.toString(base + 4));
        }
        assertThat(FakeDownstreams.TIMELINE.changeQueries).anyMatch(q -> q.contains("after=" + (base + 1)));
    }

    @Test
    void replayDeliversInSequenceOrderWithTheRightEventNames() throws Exception {
        long base = SEQUENCE.addAndGet(100);
        FakeDownstreams.TIMELINE.changes.addAll(List.of(
                TestEvents.change(base + 3, ChangeType.MERGED, TestEvents.article427()),
                TestEvents.change(base + 1, ChangeType.CREATED, TestEvents.parisAttacks()),
                TestEvents.change(base + 2, ChangeType.UPDATED, TestEvents.raqqaStrikes())));
        URI withQuery = URI.create(stream + "?lastEventId=" + base);
        try (SseTestClient client = new SseTestClient(withQuery, null)) {
            List<SseTestClient.Message> got = List.of(
                    client.next(SseTestClient::isChange, WAIT), client.next(SseTestClient::isChange, WAIT),
                    client.next(SseTestClient::isChange, WAIT));
            assertThat(got).extracting(SseTestClient.Message::id)
                    .containsExactly(Long.toString(base + 1), Long.toString(base + 2), Long.toString(base + 3));
            assertThat(got).extracting(SseTestClient.Message::event).containsExactly("created", "updated", "merged");
        }
    }

    @Test
    void replayFailureTellsTheClientToResync() throws Exception {
        FakeDownstreams.TIMELINE.stop();
        try (SseTestClient client = new SseTestClient(URI.create(stream.toString()), "5")) {
            SseTestClient.Message m = client.next(x -> "resync".equals(x.event()), WAIT);
            assertThat(m).isNotNull();
            assertThat(m.data()).contains("reason");
            assertThat(m.id()).isNull();
        } finally {
            FakeDownstreams.TIMELINE.start();
        }
    }

    @Test
    void heartbeatCommentsKeepIdleConnectionsOpen() throws Exception {
        try (SseTestClient client = new SseTestClient(URI.create(stream.toString()), null)) {
            SseTestClient.Message first = client.next(m -> "ping".equals(m.comment()), Duration.ofSeconds(5));
            SseTestClient.Message second = client.next(m -> "ping".equals(m.comment()), Duration.ofSeconds(5));
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
        }
    }

    @Test
    void filtersApplyToTheStream() throws Exception {
        URI filtered = URI.create(stream + "?type=AIRSTRIKE&location=raqqa&from=2015-11-14");
        try (SseTestClient all = new SseTestClient(URI.create(stream.toString()), null);
             SseTestClient onlyStrikes = new SseTestClient(filtered, null)) {
            long attack = SEQUENCE.incrementAndGet();
            long strike = SEQUENCE.incrementAndGet();
            kafka.publish(TestEvents.change(attack, ChangeType.CREATED, TestEvents.parisAttacks()));
            kafka.publish(TestEvents.change(strike, ChangeType.CREATED, TestEvents.raqqaStrikes()));
            assertThat(all.next(m -> Long.toString(strike).equals(m.id()), WAIT)).isNotNull();

            SseTestClient.Message m = onlyStrikes.next(SseTestClient::isChange, WAIT);
            assertThat(m.id()).isEqualTo(Long.toString(strike));
            assertThat(onlyStrikes.drain(Duration.ofMillis(500))).noneMatch(x -> Long.toString(attack).equals(x.id()));
        }
    }

    @Test
    void badStreamParametersAre400() {
        given().header("Last-Event-ID", "yesterday").when().get("/api/stream")
                .then().statusCode(400).body("field", equalTo("lastEventId"));
        given().queryParam("type", "PICNIC").when().get("/api/stream")
                .then().statusCode(400).body("field", equalTo("type"));
    }
}

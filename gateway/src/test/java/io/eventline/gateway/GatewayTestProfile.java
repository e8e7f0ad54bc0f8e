package io.eventline.gateway;

import io.eventline.gateway.fakes.FakeDownstreams;
import io.eventline.stack.testing.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * One application for every @QuarkusTest of the gateway: fake downstream HTTP servers, a real Kafka broker,
 * several API keys (each test class uses its own so rate limits do not interfere), a low write rate and a
 * one-second heartbeat.
 */
public class GatewayTestProfile implements QuarkusTestProfile {
    public static final String PROXY_KEY = "proxy-key";
    public static final String RATE_KEY = "rate-key";
    public static final String BROWSER_KEY = "browser-key";
    public static final int WRITES_PER_MINUTE = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "eventline.api-keys", String.join(",", PROXY_KEY, RATE_KEY, BROWSER_KEY),
                "eventline.rate-limit.writes-per-minute", Integer.toString(WRITES_PER_MINUTE),
                "eventline.stream.heartbeat", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeDownstreams.class), new TestResourceEntry(KafkaTestResource.class));
    }
}

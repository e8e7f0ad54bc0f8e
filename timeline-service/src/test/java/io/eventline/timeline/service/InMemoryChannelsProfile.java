package io.eventline.timeline.service;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The real nlp extractor and a real database, but no broker: channels go to memory. */
public class InMemoryChannelsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.incoming.articles-in.connector", "smallrye-in-memory",
                "mp.messaging.outgoing.timeline-out.connector", "smallrye-in-memory",
                "quarkus.kafka.health.enabled", "false");
    }
}

package io.eventline.timeline.service;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/** Timeline tests whose mentions come from script lines in the article text (see {@link ScriptedExtractor}). */
public class ScriptedExtractorProfile implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedExtractor.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // no broker in these tests: channels go to memory, the merge and the DB are real
        return Map.of(
                "mp.messaging.incoming.articles-in.connector", "smallrye-in-memory",
                "mp.messaging.outgoing.timeline-out.connector", "smallrye-in-memory",
                "quarkus.kafka.health.enabled", "false");
    }
}

package io.eventline.timeline.messaging;

import io.eventline.timeline.service.ScriptedExtractor;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Set;

/** Real Kafka channels, scripted mentions (so assertions are about the pipeline, not extraction rules). */
public class KafkaScriptedProfile implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ScriptedExtractor.class);
    }
}

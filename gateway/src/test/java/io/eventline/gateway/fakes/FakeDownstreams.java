package io.eventline.gateway.fakes;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts the fake ingest-service and timeline-service (real HTTP servers on free ports) and points the gateway's
 * REST clients at them. The instances are static so that tests can arrange data and inspect requests.
 */
public class FakeDownstreams implements QuarkusTestResourceLifecycleManager {
    public static final FakeTimelineService TIMELINE = new FakeTimelineService();
    public static final FakeIngestService INGEST = new FakeIngestService();

    @Override
    public Map<String, String> start() {
        TIMELINE.start();
        INGEST.start();
        return Map.of("quarkus.rest-client.timeline.url", TIMELINE.url(),
                "quarkus.rest-client.ingest.url", INGEST.url());
    }

    @Override
    public void stop() {
        TIMELINE.stop();
        INGEST.stop();
    }
}

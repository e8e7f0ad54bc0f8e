package io.eventline.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything the gateway reads from {@code eventline.*}; defaults are the local-development values. */
@ConfigMapping(prefix = "eventline")
public interface GatewayConfig {

    /** Keys accepted on writes ({@code X-API-Key} or {@code Authorization: Bearer}). Empty: every write is refused. */
    @WithName("api-keys")
    Optional<List<String>> apiKeys();

    /** When true, reads need a key too (EventSource cannot send headers: {@code ?api_key=} is accepted on GET). */
    @WithName("read-requires-key")
    @WithDefault("false")
    boolean readRequiresKey();

    /** Base URL of ingest-service; feeds {@code quarkus.rest-client.ingest.url}, which may also be set directly. */
    @WithDefault("http://localhost:8081")
    String ingestUrl();

    /** Base URL of timeline-service; feeds {@code quarkus.rest-client.timeline.url}. */
    @WithDefault("http://localhost:8082")
    String timelineUrl();

    RateLimit rateLimit();

    Stream stream();

    Export export();

    interface RateLimit {
        /** Token-bucket size and refill per minute, per API key, for writes. */
        @WithDefault("60")
        int writesPerMinute();
    }

    interface Stream {
        /** Interval of the {@code : ping} SSE comment that keeps idle connections open through proxies. */
        @WithDefault("15s")
        Duration heartbeat();

        /** How many changes a reconnecting client may replay; beyond it the client gets a {@code resync} event. */
        @WithDefault("5000")
        int replayMax();

        /** Changes buffered per slow SSE client before its connection is closed (it reconnects and replays). */
        @WithDefault("1000")
        int clientBuffer();
    }

    interface Export {
        /** Most events one export contains; a longer timeline is cut and flagged with {@code X-Eventline-Truncated}. */
        @WithDefault("5000")
        int maxEvents();
    }
}

package io.eventline.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of ingest-service under {@code eventline.ingest.*}. */
@ConfigMapping(prefix = "eventline.ingest")
public interface IngestConfig {

    /**
     * Largest accepted request body in bytes (default 1 MiB); larger bodies get 413 {@code too_large}.
     * Must stay below {@code quarkus.http.limits.max-body-size}, which this service sets to 16M.
     */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** How long a request waits for the broker's acknowledgement before answering 503 (default 10 s). */
    @WithDefault("10s")
    Duration publishTimeout();
}

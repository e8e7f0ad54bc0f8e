package io.eventline.stack;

import java.nio.file.Path;

/**
 * Where the stack keeps its data and which ports it uses.
 *
 * @param persistent        true: data in {@code dataDir} survives restarts; false: temporary servers on free ports
 * @param timelinePort      the port of the (first) timeline-service; further instances get free ports
 * @param apiKey            the write key the gateway accepts (and the launcher uses to post the seeds)
 * @param timelineInstances how many timeline-service processes share the consumer group and the database (1 unless
 *                          a test asks for more)
 */
public record StackOptions(Path repoRoot, Path dataDir, boolean persistent, int kafkaPort, int postgresPort,
                           int gatewayPort, int ingestPort, int timelinePort, String apiKey, int timelineInstances) {

    public StackOptions {
        if (timelineInstances < 1) {
            throw new IllegalArgumentException("timelineInstances must be at least 1, was " + timelineInstances);
        }
    }

    /** The ports of the README: gateway 8080, ingest-service 8081, timeline-service 8082, Kafka 9092, PG 5432. */
    public static StackOptions local(Path repoRoot, Path dataDir, String apiKey) {
        return new StackOptions(repoRoot, dataDir, true, 9092, 5432, 8080, 8081, 8082, apiKey, 1);
    }

    /** Throw-away servers and free ports, for tests. */
    public static StackOptions ephemeral(Path repoRoot, Path workDir, String apiKey) {
        return new StackOptions(repoRoot, workDir, false, 0, 0, FreePorts.next(), FreePorts.next(), FreePorts.next(),
                apiKey, 1);
    }

    /** The same options with {@code count} timeline-service processes in one consumer group on one database. */
    public StackOptions withTimelineInstances(int count) {
        return new StackOptions(repoRoot, dataDir, persistent, kafkaPort, postgresPort, gatewayPort, ingestPort,
                timelinePort, apiKey, count);
    }
}

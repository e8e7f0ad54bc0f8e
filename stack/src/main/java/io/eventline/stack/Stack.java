package io.eventline.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole of Eventline on one machine: a real Kafka broker, a real PostgreSQL server and the three services as
 * separate JVMs (timeline-service possibly several times, one consumer group on one database), wired together on
 * localhost. Used by the local launcher and by the end-to-end tests.
 */
public final class Stack implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafka kafka;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<ServiceProcess> timelines = new ArrayList<>();
    private final ServiceProcess gateway;
    private final Path repoRoot;
    private final Path logs;

    private Stack(StackOptions options, Log log) {
        repoRoot = options.repoRoot();
        Path data = options.dataDir();
        logs = data.resolve("logs");
        log.info("PostgreSQL: starting (data in " + data.resolve("postgres") + ")");
        postgres = options.persistent()
                ? EmbeddedPostgres.startPersistent(data.resolve("postgres"), options.postgresPort())
                : EmbeddedPostgres.startTemporary();
        try {
            log.info("Kafka (KRaft): starting (data in " + data.resolve("kafka") + ")");
            kafka = options.persistent()
                    ? EmbeddedKafka.startPersistent(data.resolve("kafka"), options.kafkaPort())
                    : EmbeddedKafka.startTemporary();
            kafka.createEventlineTopics();
            log.info("Kafka: " + kafka.bootstrapServers() + ", PostgreSQL: " + postgres.jdbcUrl());

            Map<String, String> kafkaEnv = Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            ServiceProcess ingest = start(log, ServiceProcess.start("ingest-service",
                    options.repoRoot().resolve("ingest-service"), options.ingestPort(), kafkaEnv, logs));
            // One instance (./run.sh) is configured as it always was; several are named timeline-service-N, and so
            // are their consumers in the group.
            int instances = options.timelineInstances();
            for (int i = 1; i <= instances; i++) {
                String name = instances == 1 ? "timeline-service" : "timeline-service-" + i;
                int port = i == 1 ? options.timelinePort() : FreePorts.next();
                timelines.add(start(log, ServiceProcess.start(name, options.repoRoot().resolve("timeline-service"),
                        port, timelineEnv(postgres.jdbcUrl()),
                        instances == 1 ? Map.of() : consumerNamed(name, Map.of()), logs)));
            }
            gateway = start(log, ServiceProcess.start("gateway", options.repoRoot().resolve("gateway"),
                    options.gatewayPort(), merge(kafkaEnv, Map.of(
                            GatewayConfig.INGEST_URL_ENV, ingest.baseUrl(),
                            GatewayConfig.TIMELINE_URL_ENV, timelines.get(0).baseUrl(),
                            GatewayConfig.API_KEYS_ENV, options.apiKey())), logs));
            for (ServiceProcess service : services) {
                awaitReady(log, service);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public static Stack start(StackOptions options, Log log) {
        return new Stack(options, log);
    }

    private ServiceProcess start(Log log, ServiceProcess service) {
        log.info(service.name() + ": starting on port " + service.port());
        services.add(service);
        return service;
    }

    /** The environment of a timeline-service process: the broker and the given database. */
    private Map<String, String> timelineEnv(String jdbcUrl) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", postgres.username(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password());
    }

    /** Names a timeline-service's articles.parsed consumer, so that the members of its group can be told apart. */
    private static Map<String, String> consumerNamed(String name, Map<String, String> config) {
        Map<String, String> properties = new java.util.HashMap<>(config);
        properties.put("mp.messaging.incoming.articles-in.client.id", name);
        return properties;
    }

    /**
     * Starts one more timeline-service process, outside the stack's own ones, on the same broker and PostgreSQL
     * server but on its own database (created if missing), and waits until it is ready. Its articles.parsed
     * consumer is named after it. It is stopped on close.
     *
     * @param config Quarkus properties, e.g. another input topic or consumer group
     *               ({@code mp.messaging.incoming.articles-in.topic})
     */
    public ServiceProcess startTimelineService(String name, String database, Map<String, String> config, Log log) {
        String jdbcUrl = postgres.createDatabase(database);
        ServiceProcess service = start(log, ServiceProcess.start(name, repoRoot.resolve("timeline-service"),
                FreePorts.next(), timelineEnv(jdbcUrl), consumerNamed(name, config), logs));
        awaitReady(log, service);
        return service;
    }

    private static void awaitReady(Log log, ServiceProcess service) {
        service.awaitReady(Duration.ofSeconds(120));
        log.info(service.name() + ": ready on " + service.baseUrl() + " (log: " + service.log() + ")");
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> merged = new java.util.HashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    public String gatewayUrl() {
        return gateway.baseUrl();
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** The timeline-service processes of the stack ({@link StackOptions#timelineInstances()}), the gateway's first. */
    public List<ServiceProcess> timelineServices() {
        return List.copyOf(timelines);
    }

    /** Stops the services first (so they commit their work), then the broker, then the database. */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Where the stack tells what it is doing. */
    public interface Log {
        void info(String message);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}

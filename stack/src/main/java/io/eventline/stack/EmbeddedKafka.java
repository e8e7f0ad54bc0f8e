package io.eventline.stack;

import io.eventline.contracts.Topics;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), started in this JVM from
 * the Maven artifacts. With a data directory its logs survive a restart, so nothing accepted is lost between runs
 * of the local stack; without one it lives in a temporary directory removed on close (tests).
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** Partitions of the Eventline topics created by {@link #createEventlineTopics()}: enough for two consumers. */
    public static final int DEFAULT_PARTITIONS = 4;

    private final EmbeddedKafkaBroker broker;

    private EmbeddedKafka(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /** A throw-away broker on a free port, its logs deleted on close. */
    public static EmbeddedKafka startTemporary() {
        return new EmbeddedKafka(new EmbeddedKafkaBroker()
                .withAdditionalProperties(EmbeddedKafka::quietDefaults)
                .start());
    }

    /**
     * A broker whose logs live under {@code dataDir}, kept on close and reused by the next start.
     *
     * @param port the client port (9092 for the local stack); 0 picks a free one
     */
    public static EmbeddedKafka startPersistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            Path clusterIdFile = dataDir.resolve("cluster.id");
            String clusterId;
            if (Files.exists(clusterIdFile)) {
                clusterId = Files.readString(clusterIdFile, StandardCharsets.UTF_8).trim();
            } else {
                clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
                Files.writeString(clusterIdFile, clusterId, StandardCharsets.UTF_8);
            }
            String logDir = dataDir.resolve("logs").toAbsolutePath().toString();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                    .withKafkaPort(port)
                    .withClusterId(clusterId)
                    .withDeleteLogDirsOnClose(false)
                    .withAdditionalProperties(props -> {
                        quietDefaults(props);
                        props.put("log.dirs", logDir);
                    })
                    .start();
            return new EmbeddedKafka(broker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void quietDefaults(java.util.Properties props) {
        props.put("num.partitions", Integer.toString(DEFAULT_PARTITIONS));
        props.put("auto.create.topics.enable", "true");
        // ingest-service accepts article records up to 8 MiB (max.request.size); the broker must take them too.
        props.put("message.max.bytes", Integer.toString(8 * 1024 * 1024));
        // Offsets are committed often by the services; keep them as long as the articles themselves.
        props.put("offsets.retention.minutes", Integer.toString(60 * 24 * 365));
    }

    /** The {@code kafka.bootstrap.servers} value for clients, e.g. {@code localhost:9092}. */
    public String bootstrapServers() {
        String listeners = broker.getAdvertisedListeners();
        // "PLAINTEXT://localhost:1234" or a comma list of such.
        String first = listeners.split(",")[0];
        return first.substring(first.indexOf("://") + 3);
    }

    /** Creates the topics of {@link Topics} (idempotent), each with {@link #DEFAULT_PARTITIONS} partitions. */
    public void createEventlineTopics() {
        createTopics(Map.of(
                Topics.ARTICLES_PARSED, DEFAULT_PARTITIONS,
                Topics.ARTICLES_PARSED_DLQ, 1,
                Topics.TIMELINE_EVENTS, DEFAULT_PARTITIONS));
    }

    /** Creates topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = partitionsByTopic.entrySet().stream()
                    .filter(e -> !existing.contains(e.getKey()))
                    .map(e -> new NewTopic(e.getKey(), e.getValue(), (short) 1))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topics " + partitionsByTopic.keySet(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating topics", e);
        }
    }

    @Override
    public void close() {
        broker.close();
    }
}

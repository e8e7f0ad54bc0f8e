package io.eventline.deploy.kafka;

import io.eventline.contracts.Topics;
import io.eventline.deploy.model.KedaScaledObject;
import io.eventline.deploy.support.RenderedOverlay;
import io.eventline.deploy.support.ServiceProperties;
import io.eventline.deploy.support.Services;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka cluster, topics and the KEDA trigger agree with the contracts and with the services' configuration. */
class TopicsTest {
    /** Broker default for max.message.bytes (message.max.bytes) when a topic does not set it. */
    private static final long BROKER_DEFAULT_MAX_MESSAGE_BYTES = 1048588;
    /**
     * Producers that choose the topic per record (OutgoingKafkaRecordMetadata) instead of by channel config, and
     * the topic they write: ingest-service sends to Topics.ARTICLES_PARSED (see its application.properties).
     */
    private static final Map<String, String> PER_RECORD_TOPIC = Map.of("ingest-service", Topics.ARTICLES_PARSED);
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.(\"[^\"]+\"|[^.]+)\\.(.+)");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void topicsAreExactlyTheContractConstants(String overlay) throws IllegalAccessException {
        Set<String> declared = new TreeSet<>();
        for (KafkaTopic topic : RenderedOverlay.of(overlay).all(KafkaTopic.class)) {
            declared.add(topicName(topic));
        }
        assertThat(declared).isEqualTo(contractTopics()).contains("articles.parsed", "articles.parsed.dlq", "timeline.events");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicAServiceNamesIsDeclaredBecauseAutoCreationIsOff(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Kafka kafka = rendered.all(Kafka.class).get(0);
        assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("auto.create.topics.enable", false);
        Set<String> declared = new TreeSet<>(rendered.all(KafkaTopic.class).stream().map(TopicsTest::topicName).toList());
        Set<String> used = new TreeSet<>();
        for (String service : Services.NAMES) {
            used.addAll(topicsUsedBy(ServiceProperties.of(service)));
        }
        assertThat(used).as("topics in the services' application.properties").isNotEmpty();
        assertThat(declared).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void topicsAcceptTheLargestRecordTheirProducersMaySend(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Map<String, Long> maxRequest = new TreeMap<>();
        for (String service : Services.NAMES) {
            ServiceProperties properties = ServiceProperties.of(service);
            producerTopics(properties).forEach((channel, topic) -> {
                long size = properties.get("mp.messaging.outgoing." + channel + ".max.request.size").map(Long::parseLong)
                        .orElse(1048576L);
                maxRequest.merge(topic, size, Math::max);
            });
        }
        assertThat(maxRequest).containsKey(Topics.ARTICLES_PARSED);
        for (KafkaTopic topic : rendered.all(KafkaTopic.class)) {
            long allowed = configLong(topic, "max.message.bytes", BROKER_DEFAULT_MAX_MESSAGE_BYTES);
            assertThat(allowed).as(overlay + " " + topicName(topic) + " max.message.bytes")
                    .isGreaterThanOrEqualTo(maxRequest.getOrDefault(topicName(topic), 0L));
        }
        // Anything that fitted into articles.parsed must also fit into its dead-letter topic.
        assertThat(configLong(topic(rendered, Topics.ARTICLES_PARSED_DLQ), "max.message.bytes", BROKER_DEFAULT_MAX_MESSAGE_BYTES))
                .isGreaterThanOrEqualTo(configLong(topic(rendered, Topics.ARTICLES_PARSED), "max.message.bytes", BROKER_DEFAULT_MAX_MESSAGE_BYTES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void replicationFitsTheBrokersAndToleratesOneBrokerDownWhenThereAreSeveral(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Kafka kafka = rendered.all(Kafka.class).get(0);
        int brokers = nodes(rendered, ProcessRoles.BROKER);
        int controllers = nodes(rendered, ProcessRoles.CONTROLLER);
        assertThat(brokers).isPositive();
        assertThat(controllers % 2).as("KRaft quorum size is odd").isEqualTo(1);
        for (KafkaTopic topic : rendered.all(KafkaTopic.class)) {
            String name = overlay + " " + topicName(topic);
            int replicas = topic.getSpec().getReplicas();
            long minIsr = configLong(topic, "min.insync.replicas", 1);
            assertThat(replicas).as(name).isLessThanOrEqualTo(brokers);
            assertThat(minIsr).as(name).isLessThanOrEqualTo(replicas);
            if (replicas > 1) {
                assertThat(minIsr).as(name + ": acks=all writes survive one broker down").isLessThan(replicas).isGreaterThan(1);
            }
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
        }
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            assertThat(((Number) config.get(key)).intValue()).as(overlay + " " + key).isLessThanOrEqualTo(brokers);
        }
        if (overlay.equals("prod")) {
            assertThat(brokers).isGreaterThanOrEqualTo(3);
            assertThat(controllers).isGreaterThanOrEqualTo(3);
            assertThat(topic(rendered, Topics.ARTICLES_PARSED).getSpec().getReplicas()).isEqualTo(3);
            assertThat(kafka.getSpec().getKafka().getRack().getTopologyKey()).isEqualTo("topology.kubernetes.io/zone");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaRunsInKraftModeWithNodePoolsOfThisCluster(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Kafka kafka = rendered.all(Kafka.class).get(0);
        assertThat(kafka.getMetadata().getAnnotations()).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(kafka.getSpec().getZookeeper()).isNull();
        for (KafkaNodePool pool : rendered.all(KafkaNodePool.class)) {
            assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void articlesParsedIsKeptLongEnoughToRebuildTheTimeline(String overlay) {
        KafkaTopic articles = topic(RenderedOverlay.of(overlay), Topics.ARTICLES_PARSED);
        Map<String, Object> config = articles.getSpec().getConfig();
        String policy = String.valueOf(config.getOrDefault("cleanup.policy", "delete"));
        if (policy.equals("compact")) {
            assertThat(config).doesNotContainKey("retention.ms");
        } else {
            long retention = configLong(articles, "retention.ms", 604800000L);
            assertThat(retention == -1 || retention >= 365L * 24 * 3600 * 1000).as("retention.ms " + retention).isTrue();
        }
        KafkaTopic changes = topic(RenderedOverlay.of(overlay), Topics.TIMELINE_EVENTS);
        assertThat(changes.getSpec().getConfig()).containsEntry("cleanup.policy", "delete");
        long retention = configLong(changes, "retention.ms", 604800000L);
        assertThat(retention).isBetween(7L * 24 * 3600 * 1000, 30L * 24 * 3600 * 1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kedaScalesTimelineServiceOnTheLagOfTheGroupAndTopicItReallyConsumes(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        KedaScaledObject scaledObject = rendered.get(KedaScaledObject.class, "timeline-service");
        assertThat(scaledObject.spec().triggers()).hasSize(1);
        KedaScaledObject.Trigger trigger = scaledObject.spec().triggers().get(0);
        assertThat(trigger.type()).isEqualTo("kafka");
        assertThat(KedaScaledObject.KAFKA_TRIGGER_KEYS).as("known kafka scaler keys").containsAll(trigger.metadata().keySet());
        String topic = trigger.metadata().get("topic");
        String group = trigger.metadata().get("consumerGroup");

        // The channel of timeline-service that reads this topic, and its group.id.
        ServiceProperties timeline = ServiceProperties.of("timeline-service");
        List<String> groups = new ArrayList<>();
        timeline.values().forEach((key, value) -> {
            Matcher m = CHANNEL.matcher(key);
            if (m.matches() && m.group(1).equals("incoming") && m.group(3).equals("topic") && value.equals(topic)) {
                groups.add(timeline.get("mp.messaging.incoming." + m.group(2) + ".group.id")
                        .orElse(timeline.get("kafka.group.id").orElse(timeline.get("quarkus.application.name").orElseThrow())));
            }
        });
        assertThat(groups).as("timeline-service consumes " + topic).containsExactly(group);

        int partitions = topic(rendered, topic).getSpec().getPartitions();
        assertThat(scaledObject.spec().maxReplicaCount()).as("consumers beyond the partition count idle")
                .isLessThanOrEqualTo(partitions);

        Kafka kafka = rendered.all(Kafka.class).get(0);
        int port = kafka.getSpec().getKafka().getListeners().stream().filter(l -> !l.isTls()).findFirst().orElseThrow().getPort();
        // KEDA's operator runs in its own namespace: the address must name ours.
        assertThat(trigger.metadata().get("bootstrapServers"))
                .isEqualTo(kafka.getMetadata().getName() + "-kafka-bootstrap." + rendered.namespace() + ".svc:" + port);
    }

    @Test
    void theChannelPatternUnderstandsQuotedChannelNames() {
        Matcher m = CHANNEL.matcher("mp.messaging.incoming.\"timeline.events\".group.id");
        assertThat(m.matches()).isTrue();
        assertThat(m.group(2)).isEqualTo("\"timeline.events\"");
        assertThat(m.group(3)).isEqualTo("group.id");
    }

    /** Topics named in a service's messaging config: explicit topics, DLQ topics, and channel names used as topics. */
    static Set<String> topicsUsedBy(ServiceProperties properties) {
        Set<String> topics = new TreeSet<>();
        Set<String> incomingWithoutTopic = new TreeSet<>();
        properties.values().forEach((key, value) -> {
            Matcher m = CHANNEL.matcher(key);
            if (!m.matches()) {
                return;
            }
            if (m.group(3).equals("topic") || m.group(3).equals("dead-letter-queue.topic")) {
                topics.add(value);
            } else if (m.group(1).equals("incoming") && m.group(3).equals("connector")
                    && properties.get("mp.messaging.incoming." + m.group(2) + ".topic").isEmpty()) {
                incomingWithoutTopic.add(unquote(m.group(2)));
            }
        });
        // Without a topic attribute an incoming Kafka channel subscribes to the topic named like the channel.
        topics.addAll(incomingWithoutTopic);
        return topics;
    }

    /** Outgoing channel → topic it writes. */
    private static Map<String, String> producerTopics(ServiceProperties properties) {
        Map<String, String> topics = new TreeMap<>();
        properties.values().forEach((key, value) -> {
            Matcher m = CHANNEL.matcher(key);
            if (m.matches() && m.group(1).equals("outgoing") && m.group(3).equals("connector")) {
                String channel = m.group(2);
                String topic = properties.get("mp.messaging.outgoing." + channel + ".topic")
                        .orElse(PER_RECORD_TOPIC.getOrDefault(properties.service(), unquote(channel)));
                topics.put(channel, topic);
            }
        });
        return topics;
    }

    private static String unquote(String channel) {
        return channel.startsWith("\"") ? channel.substring(1, channel.length() - 1) : channel;
    }

    private static Set<String> contractTopics() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static int nodes(RenderedOverlay rendered, ProcessRoles role) {
        return rendered.all(KafkaNodePool.class).stream().filter(p -> p.getSpec().getRoles().contains(role))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
    }

    private static KafkaTopic topic(RenderedOverlay rendered, String name) {
        return rendered.all(KafkaTopic.class).stream().filter(t -> topicName(t).equals(name)).findFirst().orElseThrow();
    }

    private static String topicName(KafkaTopic topic) {
        return topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
    }

    private static long configLong(KafkaTopic topic, String key, long fallback) {
        Object value = topic.getSpec().getConfig() == null ? null : topic.getSpec().getConfig().get(key);
        return value == null ? fallback : Long.parseLong(String.valueOf(value));
    }
}

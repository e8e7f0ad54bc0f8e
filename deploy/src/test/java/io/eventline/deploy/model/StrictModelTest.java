package io.eventline.deploy.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventline.deploy.kustomize.ResourceId;
import io.eventline.deploy.support.RenderedOverlay;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectFitsTheRealModelOfItsKind(String overlay) {
        for (ObjectNode object : RenderedOverlay.of(overlay).objects()) {
            Object parsed = StrictModels.parse(object);
            assertThat(parsed).as(ResourceId.of(object).toString()).isNotNull();
            // A lossless parse: writing the model back gives every field we wrote (defaults may be added).
            JsonNode written = StrictModels.MAPPER.valueToTree(parsed);
            assertContains(written, object, ResourceId.of(object).toString());
        }
    }

    @Test
    void misspeltKubernetesFieldIsRejected() {
        ObjectNode deployment = copyOf("dev", "Deployment", "gateway");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0/securityContext")).put("runAsNonroot", true);

        assertThatThrownBy(() -> StrictModels.parse(deployment)).hasMessageContaining("runAsNonroot");
    }

    @Test
    void fieldInTheWrongPlaceIsRejected() {
        ObjectNode deployment = copyOf("dev", "Deployment", "gateway");
        // readOnlyRootFilesystem exists, but only on the container security context, not the pod's.
        ((ObjectNode) deployment.at("/spec/template/spec/securityContext")).put("readOnlyRootFilesystem", true);

        assertThatThrownBy(() -> StrictModels.parse(deployment, Deployment.class))
                .hasMessageContaining("readOnlyRootFilesystem");
    }

    @Test
    void misspeltStrimziFieldsAreRejected() {
        ObjectNode kafka = copyOf("prod", "Kafka", "eventline-kafka");
        ((ObjectNode) kafka.at("/spec/kafka")).set("listners", kafka.at("/spec/kafka/listeners"));
        ObjectNode topic = copyOf("prod", "KafkaTopic", "articles-parsed");
        ((ObjectNode) topic.get("spec")).put("partition", 12);
        ObjectNode pool = copyOf("prod", "KafkaNodePool", "brokers");
        ((ObjectNode) pool.get("spec")).put("role", "broker");

        assertThatThrownBy(() -> StrictModels.parse(kafka, Kafka.class)).hasMessageContaining("listners");
        assertThatThrownBy(() -> StrictModels.parse(topic, KafkaTopic.class)).hasMessageContaining("partition");
        assertThatThrownBy(() -> StrictModels.parse(pool, KafkaNodePool.class)).hasMessageContaining("role");
    }

    @Test
    void misspeltOperatorRecordFieldsAreRejected() {
        ObjectNode cluster = copyOf("prod", "Cluster", "eventline-db");
        ((ObjectNode) cluster.get("spec")).put("instance", 3);
        ObjectNode scaledObject = copyOf("prod", "ScaledObject", "timeline-service");
        ((ObjectNode) scaledObject.get("spec")).put("maxReplicas", 3);

        assertThatThrownBy(() -> StrictModels.parse(cluster)).hasMessageContaining("instance");
        assertThatThrownBy(() -> StrictModels.parse(scaledObject)).hasMessageContaining("maxReplicas");
    }

    @Test
    void kindWithoutAVettedModelIsRejected() {
        ObjectNode unknown = copyOf("dev", "ConfigMap", "gateway-config");
        unknown.put("kind", "ConfigMapp");

        assertThatThrownBy(() -> StrictModels.parse(unknown)).hasMessageContaining("No strict model");
    }

    private static ObjectNode copyOf(String overlay, String kind, String name) {
        return RenderedOverlay.of(overlay).ofKind(kind).stream()
                .filter(o -> o.path("metadata").path("name").asText().equals(name))
                .findFirst().map(o -> (ObjectNode) o.deepCopy()).orElseThrow();
    }

    /** Every field of {@code expected} appears with the same value in {@code actual} (numbers compared as text). */
    private static void assertContains(JsonNode actual, JsonNode expected, String where) {
        if (expected.isObject()) {
            expected.fields().forEachRemaining(f -> {
                if (!actual.has(f.getKey()) && isDefault(f.getValue())) {
                    return; // models omit false/0 when writing (JsonInclude NON_DEFAULT)
                }
                assertThat(actual.has(f.getKey())).as(where + "/" + f.getKey() + " lost by the model").isTrue();
                assertContains(actual.get(f.getKey()), f.getValue(), where + "/" + f.getKey());
            });
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(where).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), where + "[" + i + "]");
            }
        } else {
            assertThat(actual.asText()).as(where).isEqualTo(expected.asText());
        }
    }

    private static boolean isDefault(JsonNode value) {
        return (value.isBoolean() && !value.booleanValue()) || (value.isNumber() && value.asDouble() == 0);
    }
}

package io.eventline.deploy.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.eventline.deploy.kustomize.ResourceId;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.util.Map;

/**
 * Parses rendered objects into the real fabric8 Kubernetes and Strimzi models, strictly: an unknown or misspelt
 * field is an error. Both model families normally swallow unknown fields into an "additionalProperties" map
 * (a Jackson any-setter) and some are annotated ignoreUnknown; this mapper switches both off.
 * CloudNativePG and KEDA publish no Java model on Maven Central that resolves here, so {@link CnpgCluster} and
 * {@link KedaScaledObject} are minimal strict records of exactly the fields these manifests use.
 */
public final class StrictModels {
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", CnpgCluster.class),
            Map.entry("keda.sh/v1alpha1/ScaledObject", KedaScaledObject.class));

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setAnnotationIntrospector(new NoUnknownFieldsIntrospector());

    private StrictModels() {
    }

    /** The model class for an object's apiVersion and kind; fails for kinds nobody vetted. */
    public static Class<?> typeOf(JsonNode object) {
        ResourceId id = ResourceId.of(object);
        Class<?> type = TYPES.get(id.apiVersion() + "/" + id.kind());
        if (type == null) {
            throw new IllegalArgumentException("No strict model for " + id + "; add one to StrictModels");
        }
        return type;
    }

    public static Object parse(JsonNode object) {
        return parse(object, typeOf(object));
    }

    public static <T> T parse(JsonNode object, Class<T> type) {
        try {
            return MAPPER.treeToValue(object, type);
        } catch (Exception e) {
            throw new IllegalArgumentException(ResourceId.of(object) + " does not fit " + type.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Turns every any-setter ("additionalProperties") and every ignoreUnknown=true off. */
    private static final class NoUnknownFieldsIntrospector extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            return super.findPropertyIgnoralByName(config, annotated).withoutIgnoreUnknown();
        }
    }
}

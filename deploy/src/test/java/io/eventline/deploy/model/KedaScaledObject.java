package io.eventline.deploy.model;

import io.fabric8.kubernetes.api.model.ObjectMeta;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KEDA {@code keda.sh/v1alpha1 ScaledObject}: ONLY the fields these manifests use, as in the KEDA 2.x reference.
 * Parsed strictly; trigger metadata is a string map in KEDA, so the kafka scaler's keys are checked against
 * {@link #KAFKA_TRIGGER_KEYS} separately.
 */
public record KedaScaledObject(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** Metadata keys of KEDA's "kafka" scaler (keda.sh/docs/2.x/scalers/apache-kafka). */
    public static final Set<String> KAFKA_TRIGGER_KEYS = Set.of("bootstrapServers", "consumerGroup", "topic",
            "lagThreshold", "activationLagThreshold", "offsetResetPolicy", "allowIdleConsumers",
            "scaleToZeroOnInvalidOffset", "excludePersistentLag", "limitToPartitionsWithLag", "partitionLimitation",
            "sasl", "tls", "version", "ensureEvenDistributionOfPartitions");

    public record Spec(ScaleTargetRef scaleTargetRef, Integer minReplicaCount, Integer maxReplicaCount,
                       Integer pollingInterval, Integer cooldownPeriod, List<Trigger> triggers) {
    }

    public record ScaleTargetRef(String apiVersion, String kind, String name) {
    }

    public record Trigger(String type, String name, Map<String, String> metadata) {
    }
}

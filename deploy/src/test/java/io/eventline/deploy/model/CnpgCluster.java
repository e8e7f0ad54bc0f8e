package io.eventline.deploy.model;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

import java.util.Map;

/**
 * CloudNativePG {@code postgresql.cnpg.io/v1 Cluster}: ONLY the fields these manifests use, named and typed as in
 * the CloudNativePG API reference (ClusterSpec, BootstrapConfiguration, BootstrapInitDB, PostgresConfiguration,
 * StorageConfiguration, AffinityConfiguration). Parsed strictly, so a misspelt field fails; a legitimate field
 * not listed here must be added here first.
 */
public record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    public record Spec(Integer instances, String imageName, String primaryUpdateStrategy, Bootstrap bootstrap,
                       Postgresql postgresql, Storage storage, ResourceRequirements resources, Affinity affinity) {
    }

    public record Bootstrap(InitDb initdb) {
    }

    public record InitDb(String database, String owner) {
    }

    public record Postgresql(Map<String, String> parameters) {
    }

    public record Storage(String size, String storageClass) {
    }

    public record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }

    /** The Secret CloudNativePG generates for the application owner: {@code <cluster>-app}. */
    public String appSecretName() {
        return metadata.getName() + "-app";
    }

    /** The Service that always points at the primary: {@code <cluster>-rw}. */
    public String readWriteServiceName() {
        return metadata.getName() + "-rw";
    }
}

package io.eventline.deploy.network;

import java.util.Map;

/** A pod as NetworkPolicies see it: its namespace (and that namespace's labels) and its own labels. */
record Pod(String description, String namespace, Map<String, String> labels) {

    /** Every namespace carries this label automatically (Kubernetes 1.22+); policies select namespaces by it. */
    Map<String, String> namespaceLabels() {
        return Map.of("kubernetes.io/metadata.name", namespace);
    }

    @Override
    public String toString() {
        return description;
    }
}

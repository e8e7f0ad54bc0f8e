package io.eventline.deploy.kustomize;

import com.fasterxml.jackson.databind.JsonNode;

/** Identity of a rendered object, as Kustomize keys them: group/version, kind, namespace and name. */
public record ResourceId(String apiVersion, String kind, String namespace, String name) {

    public static ResourceId of(JsonNode object) {
        JsonNode metadata = object.path("metadata");
        return new ResourceId(object.path("apiVersion").asText(), object.path("kind").asText(),
                metadata.path("namespace").asText(""), metadata.path("name").asText());
    }

    /** API group, "" for the core group ("v1"). */
    public String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    public String version() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    }

    @Override
    public String toString() {
        return apiVersion + " " + kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}

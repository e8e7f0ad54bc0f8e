package io.eventline.deploy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventline.deploy.kustomize.KustomizeRenderer;
import io.eventline.deploy.kustomize.ResourceId;
import io.eventline.deploy.model.StrictModels;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One overlay rendered by the Java renderer, with typed access through the strict models. */
public record RenderedOverlay(String name, List<ObjectNode> objects) {
    public static final List<String> NAMES = List.of("dev", "prod");
    private static final Map<String, RenderedOverlay> CACHE = new ConcurrentHashMap<>();

    public static RenderedOverlay of(String name) {
        return CACHE.computeIfAbsent(name, n -> new RenderedOverlay(n, KustomizeRenderer.render(Repo.overlay(n))));
    }

    public List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).map(JsonNode.class::cast).toList();
    }

    public <T> List<T> all(Class<T> type) {
        return objects.stream().filter(o -> StrictModels.typeOf(o).equals(type))
                .map(o -> StrictModels.parse(o, type)).toList();
    }

    public <T> Optional<T> find(Class<T> type, String name) {
        return objects.stream()
                .filter(o -> StrictModels.typeOf(o).equals(type) && ResourceId.of(o).name().equals(name))
                .map(o -> StrictModels.parse(o, type)).findFirst();
    }

    public <T> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError(this.name + ": no " + type.getSimpleName() + " " + name));
    }

    /** The namespace the overlay deploys into (all namespaced objects share it; checked by a test). */
    public String namespace() {
        return objects.stream().map(o -> o.path("metadata").path("namespace").asText(""))
                .filter(ns -> !ns.isEmpty()).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
        return name;
    }
}

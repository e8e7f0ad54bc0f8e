package io.eventline.deploy.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pure-Java renderer for the subset of Kustomize (v5) that deploy/ uses, so the manifests can be checked where
 * no kustomize binary exists. Supported kustomization fields: {@code resources} (files, multi-document files,
 * directories holding a kustomization.yaml), {@code namespace}, {@code labels} (without selectors),
 * {@code patches} (strategic-merge or JSON6902, by name or with a {@code target} of kind/name/group/version),
 * {@code replicas} and {@code images}. Anything else fails loudly instead of being ignored. Transformers run in
 * Kustomize's order: patches, namespace, labels, replicas, images.
 */
public final class KustomizeRenderer {
    private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace",
            "labels", "patches", "replicas", "images");
    private static final Set<String> CLUSTER_SCOPED_KINDS = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");
    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");

    private KustomizeRenderer() {
    }

    public static List<ObjectNode> render(Path kustomizationDir) {
        Path file = kustomizationDir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No kustomization.yaml in " + kustomizationDir);
        }
        JsonNode kustomization = YamlDocuments.readOne(file);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new UnsupportedKustomizeFeature(file + ": field '" + field + "' is outside the supported subset");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = kustomizationDir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                for (JsonNode document : YamlDocuments.readAll(path)) {
                    objects.add((ObjectNode) document);
                }
            }
        }
        requireUniqueIds(objects, file);
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(objects, kustomizationDir, patch);
        }
        if (kustomization.hasNonNull("namespace")) {
            setNamespace(objects, kustomization.get("namespace").asText());
        }
        for (JsonNode labels : kustomization.path("labels")) {
            addLabels(objects, labels);
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            setReplicas(objects, replicas);
        }
        for (JsonNode image : kustomization.path("images")) {
            setImage(objects, image);
        }
        return objects;
    }

    private static void requireUniqueIds(List<ObjectNode> objects, Path file) {
        Set<ResourceId> seen = new HashSet<>();
        for (ObjectNode object : objects) {
            if (!seen.add(ResourceId.of(object))) {
                throw new IllegalStateException(file + ": duplicate object " + ResourceId.of(object));
            }
        }
    }

    private static void applyPatch(List<ObjectNode> objects, Path dir, JsonNode patchEntry) {
        if (!patchEntry.hasNonNull("path")) {
            throw new UnsupportedKustomizeFeature("inline patches; use 'path'");
        }
        Path patchFile = dir.resolve(patchEntry.get("path").asText());
        List<JsonNode> documents = YamlDocuments.readAll(patchFile);
        if (documents.size() != 1) {
            throw new UnsupportedKustomizeFeature(patchFile + ": one patch per file");
        }
        JsonNode patch = documents.get(0);
        JsonNode target = patchEntry.get("target");
        boolean jsonPatch = patch.isArray();
        if (jsonPatch && target == null) {
            throw new IllegalArgumentException(patchFile + ": a JSON6902 patch needs a target");
        }
        int applied = 0;
        for (ObjectNode object : objects) {
            boolean matches = target != null ? matchesTarget(object, target) : sameObject(object, patch);
            if (matches) {
                if (jsonPatch) {
                    JsonPatch.apply(object, patch);
                } else {
                    // With a target, the patch's own name is irrelevant (Kustomize applies it to every match).
                    ObjectNode body = patch.deepCopy();
                    if (target != null) {
                        ((ObjectNode) body.get("metadata")).remove("name");
                    }
                    StrategicMerge.apply(object, body);
                }
                applied++;
            }
        }
        if (applied == 0) {
            throw new IllegalArgumentException(patchFile + " matches no object");
        }
    }

    private static boolean sameObject(ObjectNode object, JsonNode patch) {
        ResourceId id = ResourceId.of(object);
        ResourceId patchId = ResourceId.of(patch);
        return id.kind().equals(patchId.kind()) && id.group().equals(patchId.group()) && id.name().equals(patchId.name());
    }

    private static boolean matchesTarget(ObjectNode object, JsonNode target) {
        Iterator<String> keys = target.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!Set.of("kind", "name", "group", "version", "namespace").contains(key)) {
                throw new UnsupportedKustomizeFeature("patch target selector '" + key + "'");
            }
        }
        ResourceId id = ResourceId.of(object);
        return matches(target, "kind", id.kind()) && matches(target, "name", id.name())
                && matches(target, "group", id.group()) && matches(target, "version", id.version())
                && matches(target, "namespace", id.namespace());
    }

    /** Kustomize target fields are anchored regular expressions. */
    private static boolean matches(JsonNode target, String field, String actual) {
        return !target.hasNonNull(field) || Pattern.matches(target.get(field).asText(), actual);
    }

    private static void setNamespace(List<ObjectNode> objects, String namespace) {
        for (ObjectNode object : objects) {
            if (!CLUSTER_SCOPED_KINDS.contains(object.path("kind").asText())) {
                metadata(object).put("namespace", namespace);
            }
        }
    }

    private static void addLabels(List<ObjectNode> objects, JsonNode labels) {
        if (labels.path("includeSelectors").asBoolean(false)) {
            throw new UnsupportedKustomizeFeature("labels.includeSelectors: selectors are immutable, keep them explicit");
        }
        boolean templates = labels.path("includeTemplates").asBoolean(false);
        for (ObjectNode object : objects) {
            putAll(objectAt(metadata(object), "labels"), labels.path("pairs"));
            if (templates && WORKLOAD_KINDS.contains(object.path("kind").asText())) {
                ObjectNode template = objectAt(objectAt(object, "spec"), "template");
                putAll(objectAt(objectAt(template, "metadata"), "labels"), labels.path("pairs"));
            }
        }
    }

    private static void setReplicas(List<ObjectNode> objects, JsonNode replicas) {
        String name = replicas.path("name").asText();
        int count = 0;
        for (ObjectNode object : objects) {
            if (WORKLOAD_KINDS.contains(object.path("kind").asText()) && name.equals(ResourceId.of(object).name())) {
                objectAt(object, "spec").put("replicas", replicas.path("count").asInt());
                count++;
            }
        }
        if (count == 0) {
            // Kustomize would silently ignore this; a typo here would ship the wrong replica count.
            throw new IllegalArgumentException("replicas: no workload named " + name);
        }
    }

    private static void setImage(List<ObjectNode> objects, JsonNode image) {
        String name = image.path("name").asText();
        for (ObjectNode object : objects) {
            JsonNode podSpec = object.path("spec").path("template").path("spec");
            for (String list : List.of("initContainers", "containers")) {
                for (JsonNode container : podSpec.path(list)) {
                    ImageRef ref = ImageRef.parse(container.path("image").asText());
                    if (ref.name().equals(name)) {
                        ((ObjectNode) container).put("image", ref.with(image).toString());
                    }
                }
            }
        }
    }

    private static ObjectNode metadata(ObjectNode object) {
        return objectAt(object, "metadata");
    }

    private static ObjectNode objectAt(ObjectNode parent, String field) {
        JsonNode child = parent.get(field);
        if (child == null || child.isNull()) {
            return parent.putObject(field);
        }
        return (ObjectNode) child;
    }

    private static void putAll(ObjectNode target, JsonNode pairs) {
        for (Iterator<Map.Entry<String, JsonNode>> it = pairs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> pair = it.next();
            target.put(pair.getKey(), pair.getValue().asText());
        }
    }
}

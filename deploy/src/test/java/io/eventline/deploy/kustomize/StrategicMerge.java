package io.eventline.deploy.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of Kubernetes strategic-merge-patch that these manifests rely on. Maps merge recursively and a null
 * value deletes a key. Lists of built-in kinds whose field has a {@code patchMergeKey} in the Kubernetes API
 * (containers, env, volumes, ...) merge element by element on that key; every other list, and every list of a
 * custom resource (Kustomize has no schema for them), is replaced. Directives ({@code $patch},
 * {@code $setElementOrder}, ...) are not supported and rejected, so that the subset stays honest.
 */
final class StrategicMerge {
    /** Field name → merge key, from the patchMergeKey tags of the Kubernetes core/apps types used here. */
    private static final Map<String, String> MERGE_KEYS = Map.ofEntries(
            Map.entry("containers", "name"),
            Map.entry("initContainers", "name"),
            Map.entry("ephemeralContainers", "name"),
            Map.entry("env", "name"),
            Map.entry("volumes", "name"),
            Map.entry("volumeMounts", "mountPath"),
            Map.entry("volumeDevices", "devicePath"),
            Map.entry("imagePullSecrets", "name"),
            Map.entry("topologySpreadConstraints", "topologyKey"),
            Map.entry("hostAliases", "ip"),
            Map.entry("conditions", "type"));
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
            "networking.k8s.io", "rbac.authorization.k8s.io");

    private StrategicMerge() {
    }

    static void apply(ObjectNode target, JsonNode patch) {
        boolean builtIn = BUILT_IN_GROUPS.contains(ResourceId.of(target).group());
        mergeObject(target, (ObjectNode) patch, builtIn, "");
    }

    private static void mergeObject(ObjectNode target, ObjectNode patch, boolean builtIn, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("$")) {
                throw new UnsupportedKustomizeFeature("strategic-merge directive " + key + " at " + path);
            }
            JsonNode existing = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                mergeObject((ObjectNode) existing, (ObjectNode) value, builtIn, path + "/" + key);
            } else if (value.isArray() && existing != null && existing.isArray() && builtIn) {
                target.set(key, mergeList(key, (ArrayNode) existing, (ArrayNode) value, path + "/" + key));
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static ArrayNode mergeList(String field, ArrayNode existing, ArrayNode patch, String path) {
        String mergeKey = mergeKeyOf(field, patch);
        if (mergeKey == null) {
            return patch.deepCopy();
        }
        // Same order as kustomize (kyaml): the patch's elements first, merged into their originals, then the
        // original elements the patch does not mention.
        ArrayNode merged = patch.arrayNode();
        List<JsonNode> untouched = new ArrayList<>();
        existing.forEach(untouched::add);
        for (JsonNode patchItem : patch) {
            JsonNode keyValue = patchItem.get(mergeKey);
            if (keyValue == null) {
                throw new UnsupportedKustomizeFeature("list item without merge key " + mergeKey + " at " + path);
            }
            ObjectNode match = null;
            for (JsonNode item : untouched) {
                if (keyValue.equals(item.get(mergeKey))) {
                    match = (ObjectNode) item.deepCopy();
                    untouched.remove(item);
                    break;
                }
            }
            if (match == null) {
                merged.add(patchItem.deepCopy());
            } else {
                mergeObject(match, (ObjectNode) patchItem, true, path + "[" + keyValue.asText() + "]");
                merged.add(match);
            }
        }
        untouched.forEach(item -> merged.add(item.deepCopy()));
        return merged;
    }

    private static String mergeKeyOf(String field, ArrayNode patch) {
        if (field.equals("ports")) {
            // Container ports merge on containerPort, Service ports on port.
            JsonNode first = patch.isEmpty() ? null : patch.get(0);
            return first != null && first.has("containerPort") ? "containerPort" : "port";
        }
        return MERGE_KEYS.get(field);
    }
}

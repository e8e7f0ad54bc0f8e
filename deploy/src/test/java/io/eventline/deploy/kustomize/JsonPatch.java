package io.eventline.deploy.kustomize;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 6902 JSON patch, operations add, replace and remove (the ones Kustomize users write by hand). */
final class JsonPatch {
    private JsonPatch() {
    }

    static void apply(ObjectNode target, JsonNode operations) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            JsonPointer pointer = JsonPointer.compile(operation.path("path").asText());
            JsonNode parent = target.at(pointer.head());
            String last = pointer.last().getMatchingProperty();
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException("JSON patch path " + pointer + " has no parent in " + ResourceId.of(target));
            }
            switch (op) {
                case "add" -> add(parent, last, operation.get("value"));
                case "replace" -> {
                    requireExisting(parent, last, pointer, target);
                    remove(parent, last);
                    add(parent, last, operation.get("value"));
                }
                case "remove" -> {
                    requireExisting(parent, last, pointer, target);
                    remove(parent, last);
                }
                default -> throw new UnsupportedKustomizeFeature("JSON patch op " + op);
            }
        }
    }

    private static void requireExisting(JsonNode parent, String last, JsonPointer pointer, ObjectNode target) {
        boolean exists = parent.isArray() ? parseIndex(last) < parent.size() : parent.has(last);
        if (!exists) {
            throw new IllegalArgumentException("JSON patch path " + pointer + " does not exist in " + ResourceId.of(target));
        }
    }

    private static void add(JsonNode parent, String last, JsonNode value) {
        if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                array.add(value.deepCopy());
            } else {
                array.insert(parseIndex(last), value.deepCopy());
            }
        } else {
            ((ObjectNode) parent).set(last, value.deepCopy());
        }
    }

    private static void remove(JsonNode parent, String last) {
        if (parent instanceof ArrayNode array) {
            array.remove(parseIndex(last));
        } else {
            ((ObjectNode) parent).remove(last);
        }
    }

    private static int parseIndex(String token) {
        return Integer.parseInt(token);
    }
}

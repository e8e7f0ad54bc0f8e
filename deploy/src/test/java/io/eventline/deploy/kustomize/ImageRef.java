package io.eventline.deploy.kustomize;

import com.fasterxml.jackson.databind.JsonNode;

/** A container image reference split as Kustomize's images transformer sees it: name, tag, digest. */
public record ImageRef(String name, String tag, String digest) {

    public static ImageRef parse(String image) {
        String digest = null;
        int at = image.indexOf('@');
        if (at >= 0) {
            digest = image.substring(at + 1);
            image = image.substring(0, at);
        }
        String tag = null;
        int colon = image.lastIndexOf(':');
        // A colon before the last slash belongs to a registry port (registry:5000/eventline/gateway).
        if (colon > image.lastIndexOf('/')) {
            tag = image.substring(colon + 1);
            image = image.substring(0, colon);
        }
        return new ImageRef(image, tag, digest);
    }

    ImageRef with(JsonNode override) {
        String newName = override.hasNonNull("newName") ? override.get("newName").asText() : name;
        if (override.hasNonNull("digest")) {
            return new ImageRef(newName, null, override.get("digest").asText());
        }
        String newTag = override.hasNonNull("newTag") ? override.get("newTag").asText() : tag;
        return new ImageRef(newName, newTag, override.hasNonNull("newTag") ? null : digest);
    }

    @Override
    public String toString() {
        return name + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }
}

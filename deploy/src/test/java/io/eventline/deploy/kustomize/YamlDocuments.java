package io.eventline.deploy.kustomize;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads (multi-document) YAML files as Jackson trees, the common currency of the renderer and the checks. */
public final class YamlDocuments {
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlDocuments() {
    }

    public static List<JsonNode> readAll(Path file) {
        try {
            return readAll(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static List<JsonNode> readAll(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        // Document by document: a MappingIterator would unwrap a top-level sequence (a JSON6902 patch) into items.
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            while (parser.nextToken() != null) {
                JsonNode node = YAML.readTree(parser);
                // "---" followed by nothing or a comment yields an empty document: not an object.
                if (node != null && !node.isNull() && !node.isMissingNode() && !(node.isContainerNode() && node.isEmpty())) {
                    documents.add(node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Invalid YAML", e);
        }
        return documents;
    }

    public static JsonNode readOne(Path file) {
        List<JsonNode> all = readAll(file);
        if (all.size() != 1) {
            throw new IllegalArgumentException(file + " must hold exactly one YAML document, found " + all.size());
        }
        return all.get(0);
    }
}

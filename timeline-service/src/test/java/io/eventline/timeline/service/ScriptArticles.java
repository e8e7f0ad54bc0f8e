package io.eventline.timeline.service;

import io.eventline.contracts.Json;
import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.PublicationDateOrigin;
import io.eventline.contracts.TextSpan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Loads the scripted test articles of {@code src/test/resources/articles}: title, date or "-", script lines. */
final class ScriptArticles {
    static final List<String> ALL = List.of("dw-2015-11-17", "dc-undated", "bbc-2015-11-18",
            "reuters-bamako-2015-11-20", "blog-undated");

    private ScriptArticles() {
    }

    static ParsedArticle load(String name) {
        String raw;
        try (InputStream in = ScriptArticles.class.getResourceAsStream("/articles/" + name + ".script")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = raw.split("\n", 3);
        String published = lines[1].trim().equals("-") ? null : lines[1].trim();
        String text = lines[2];
        List<TextSpan> sentences = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                sentences.add(new TextSpan(offset, offset + line.length()));
            }
            offset += line.length() + 1;
        }
        return new ParsedArticle(name, lines[0].trim(), name.substring(0, name.indexOf('-')), "https://example.org/" + name,
                published, published == null ? PublicationDateOrigin.NONE : PublicationDateOrigin.TEXT, text,
                List.of(new TextSpan(0, text.length())), sentences, Instant.parse("2015-11-20T00:00:00Z"));
    }

    static String json(String name) {
        try {
            return Json.mapper().writeValueAsString(load(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

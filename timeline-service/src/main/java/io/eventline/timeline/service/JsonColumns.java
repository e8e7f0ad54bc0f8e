package io.eventline.timeline.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.eventline.contracts.AlternativeDate;
import io.eventline.contracts.Json;
import io.eventline.contracts.Quantity;
import io.eventline.contracts.TextSpan;

import java.util.List;

/** The jsonb columns as the wire types they hold, with the wire JSON settings. */
public final class JsonColumns {
    private static final TypeReference<List<Quantity>> QUANTITIES = new TypeReference<>() {
    };
    private static final TypeReference<List<AlternativeDate>> ALTERNATIVES = new TypeReference<>() {
    };
    private static final TypeReference<List<TextSpan>> SPANS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    public static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }

    public static List<Quantity> quantities(String json) {
        return read(json, QUANTITIES);
    }

    public static List<AlternativeDate> alternativeDates(String json) {
        return read(json, ALTERNATIVES);
    }

    public static List<TextSpan> spans(String json) {
        return read(json, SPANS);
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad JSON column: " + json, e);
        }
    }
}

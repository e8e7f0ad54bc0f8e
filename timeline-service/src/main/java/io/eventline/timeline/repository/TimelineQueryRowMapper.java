package io.eventline.timeline.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventline.contracts.AlternativeDate;
import io.eventline.contracts.ArticleStatus;
import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventSource;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Json;
import io.eventline.contracts.Quantity;
import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.ArticleView;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Maps query rows to the contracts wire types. The read side reads rows directly (no entities): a timeline page
 * is a projection, and going through JPA would add a persistence context and extra queries for nothing.
 */
public final class TimelineQueryRowMapper {

    private static final TypeReference<List<Quantity>> QUANTITIES = new TypeReference<>() {
    };
    private static final TypeReference<List<AlternativeDate>> ALTERNATIVE_DATES = new TypeReference<>() {
    };

    private final ObjectMapper json = Json.mapper();

    /** Reads the columns of {@link TimelineQuerySql#EVENT_COLUMNS}; sources are attached later in one batch. */
    public TimelineEvent event(ResultSet rs, List<EventSource> sources) throws SQLException {
        return new TimelineEvent(
                rs.getString("id"),
                enumOrNull(EventType.class, rs.getString("type")),
                rs.getString("title"),
                rs.getObject("date", LocalDate.class),
                rs.getObject("date_end", LocalDate.class),
                enumOr(DatePrecision.class, rs.getString("date_precision"), DatePrecision.UNKNOWN),
                enumOrNull(EventStatus.class, rs.getString("status")),
                strings(rs.getArray("actors")),
                strings(rs.getArray("locations")),
                jsonList(rs.getString("quantities"), QUANTITIES),
                rs.getString("cameo_code"),
                rs.getDouble("confidence"),
                rs.getInt("source_count"),
                sources,
                jsonList(rs.getString("alternative_dates"), ALTERNATIVE_DATES),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    /** Reads a mention joined with its article (see {@code TimelineQueryRepository#SOURCES_SQL}). */
    public EventSource source(ResultSet rs) throws SQLException {
        return new EventSource(
                rs.getString("article_id"),
                rs.getString("source"),
                rs.getString("article_title"),
                rs.getString("url"),
                rs.getString("published_at"),
                rs.getString("sentence"),
                (Integer) rs.getObject("sentence_start"),
                (Integer) rs.getObject("sentence_end"));
    }

    public ArticleView article(ResultSet rs, List<String> eventIds) throws SQLException {
        return new ArticleView(
                rs.getString("id"),
                rs.getString("title"),
                rs.getString("source"),
                rs.getString("url"),
                rs.getString("published_at"),
                enumOrNull(ArticleStatus.class, rs.getString("status")),
                eventIds,
                rs.getString("error"));
    }

    public <T> T fromJson(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not match " + type.getSimpleName(), e);
        }
    }

    private <T> List<T> jsonList(String value, TypeReference<List<T>> type) {
        if (value == null || value.isBlank() || "null".equals(value)) {
            return List.of();
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a list of the expected type", e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
        } finally {
            array.free();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Tolerates values written by a newer writer: an unknown name becomes null rather than failing the page. */
    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return enumOr(type, name, null);
    }

    static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}

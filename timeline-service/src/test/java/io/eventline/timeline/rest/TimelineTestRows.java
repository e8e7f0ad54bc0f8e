package io.eventline.timeline.rest;

import io.eventline.contracts.ChangeType;
import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Json;
import io.eventline.contracts.TimelineEvent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Writes timeline rows straight into the V1 schema, the way the write side stores them, for read-side tests. */
final class TimelineTestRows {

    private final DataSource dataSource;

    TimelineTestRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void clear() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("TRUNCATE mention, event, article, event_change RESTART IDENTITY CASCADE");
        }
    }

    void article(String id, String title, String url, String publishedAt, String status, Instant receivedAt)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                INSERT INTO article (id, title, source, url, published_at, published_date, published_at_origin,
                                     anchor_date, status, error, received_at, processed_at, body)
                VALUES (?, ?, 'Test Wire', ?, ?, ?, 'REQUEST', ?, ?, ?, ?, ?, 'body')""")) {
            LocalDate day = publishedAt == null ? null : LocalDate.parse(publishedAt.substring(0, 10));
            st.setString(1, id);
            st.setString(2, title);
            st.setString(3, url);
            st.setString(4, publishedAt);
            st.setObject(5, day);
            st.setObject(6, day);
            st.setString(7, status);
            st.setString(8, "FAILED".equals(status) ? "could not extract" : null);
            st.setObject(9, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            st.setObject(10, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            st.executeUpdate();
        }
    }

    void event(String id, EventType type, String title, LocalDate date, LocalDate dateEnd, DatePrecision precision,
               EventStatus status, List<String> actors, List<String> locations, int sourceCount, String evidence)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                INSERT INTO event (id, type, title, date, date_end, date_precision, status, actors, locations,
                                   quantities, cameo_code, confidence, source_count, alternative_dates, created_at,
                                   updated_at, version, evidence, actors_lc, locations_lc)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '[{"value": 130, "unit": "killed"}]'::jsonb, ?, 0.8, ?,
                        '[]'::jsonb, now(), now(), 0, ?, ?, ?)""")) {
            st.setString(1, id);
            st.setString(2, type.name());
            st.setString(3, title);
            st.setObject(4, date);
            st.setObject(5, dateEnd);
            st.setString(6, precision.name());
            st.setString(7, status.name());
            st.setArray(8, c.createArrayOf("text", actors.toArray()));
            st.setArray(9, c.createArrayOf("text", locations.toArray()));
            st.setString(10, type.defaultCameoCode());
            st.setInt(11, sourceCount);
            st.setString(12, evidence);
            st.setArray(13, c.createArrayOf("text", actors.stream().map(s -> s.toLowerCase(Locale.ROOT)).toArray()));
            st.setArray(14, c.createArrayOf("text", locations.stream().map(s -> s.toLowerCase(Locale.ROOT)).toArray()));
            st.executeUpdate();
        }
    }

    void mention(String eventId, String articleId, String sentence, int start) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                INSERT INTO mention (event_id, article_id, type, title, sentence, sentence_start, sentence_end)
                SELECT e.id, ?, e.type, e.title, ?, ?, ? FROM event e WHERE e.id = ?""")) {
            st.setString(1, articleId);
            st.setString(2, sentence);
            st.setInt(3, start);
            st.setInt(4, start + sentence.length());
            st.setString(5, eventId);
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("no event " + eventId);
            }
        }
    }

    /** A change-log row with an explicit sequence, created {@code age} before now. */
    void change(long sequence, ChangeType type, String eventId, List<String> mergedIds, java.time.Duration age)
            throws Exception {
        TimelineEvent event = new TimelineEvent(eventId, EventType.ATTACK, "t", null, null, DatePrecision.UNKNOWN,
                EventStatus.OCCURRED, List.of(), List.of(), List.of(), null, 0.5, 1, List.of(), List.of(),
                Instant.now(), Instant.now());
        String payload = Json.mapper().writeValueAsString(new EventChange(sequence, type, event, mergedIds,
                Instant.now()));
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                INSERT INTO event_change (sequence, event_id, change_type, payload, created_at, published_at)
                VALUES (?, ?, ?, ?::jsonb, now() - ?::interval, now())""")) {
            st.setLong(1, sequence);
            st.setString(2, eventId);
            st.setString(3, type.name());
            st.setString(4, payload);
            st.setString(5, age.toMillis() + " milliseconds");
            st.executeUpdate();
        }
    }
}

package io.eventline.timeline.repository;

import io.eventline.contracts.EventChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays the change log ({@code event_change}) after a sequence number, for clients resuming an SSE stream.
 */
@ApplicationScoped
public class TimelineChangeQueryRepository {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    /**
     * Sequence numbers are taken before the writing transaction commits, so a transaction holding number n can
     * commit after n + 1 is already visible. A reader that skipped n would never see it: stop before a gap while
     * the row after it is younger than this (a longer gap is a rolled-back transaction and is skipped).
     */
    static final Duration GAP_GRACE = Duration.ofSeconds(5);

    private static final String CHANGES_SQL = """
            SELECT c.sequence, c.payload::text AS payload, c.created_at, now() AS db_now
            FROM event_change c WHERE c.sequence > ? ORDER BY c.sequence LIMIT ?""";

    private final DataSource dataSource;
    private final TimelineQueryRowMapper mapper = new TimelineQueryRowMapper();

    @Inject
    public TimelineChangeQueryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<EventChange> after(long sequence, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        List<StoredChange> rows = new ArrayList<>();
        Instant now = null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(CHANGES_SQL)) {
            statement.setLong(1, sequence);
            statement.setInt(2, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    now = rs.getObject("db_now", OffsetDateTime.class).toInstant();
                    OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
                    rows.add(new StoredChange(rs.getLong("sequence"), created == null ? null : created.toInstant(),
                            rs.getString("payload")));
                }
            }
        } catch (SQLException e) {
            throw new TimelineQueryException("change log query failed", e);
        }
        List<EventChange> changes = new ArrayList<>();
        for (StoredChange row : visibleWithoutYoungGaps(sequence, rows, now)) {
            EventChange payload = mapper.fromJson(row.payload(), EventChange.class);
            // The row's sequence is authoritative (it is the SSE id); the payload copy should match it.
            changes.add(new EventChange(row.sequence(), payload.type(), payload.event(), payload.mergedEventIds(),
                    payload.at()));
        }
        return changes;
    }

    /** The rows up to the first gap in the sequence that might still be filled by a transaction in flight. */
    static List<StoredChange> visibleWithoutYoungGaps(long after, List<StoredChange> rows, Instant now) {
        List<StoredChange> visible = new ArrayList<>();
        long previous = after;
        for (StoredChange row : rows) {
            boolean gap = row.sequence() != previous + 1;
            boolean young = row.createdAt() == null || now == null
                    || row.createdAt().isAfter(now.minus(GAP_GRACE));
            if (gap && young) {
                break;
            }
            visible.add(row);
            previous = row.sequence();
        }
        return visible;
    }

    record StoredChange(long sequence, Instant createdAt, String payload) {
    }
}

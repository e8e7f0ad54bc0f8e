package io.eventline.timeline.repository;

import io.eventline.contracts.EventSource;
import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.TimelinePage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGStatement;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read side of the timeline: pages of events and single events, each with its sources. Plain JDBC so that the
 * same class serves the REST layer and the 1M-event benchmark. A page costs one statement for its events (two or
 * three only when a page crosses from one slice of {@link TimelineQuerySql} into the next) and one for the sources
 * of all of them, never one per event.
 */
@ApplicationScoped
public class TimelineQueryRepository {

    /** Sources of many events at once, oldest publication first, then in the order they were recorded. */
    static final String SOURCES_SQL = """
            SELECT m.event_id, m.article_id, a.source, a.title AS article_title, a.url, a.published_at,
                   m.sentence, m.sentence_start, m.sentence_end
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE m.event_id = ANY(?)
            ORDER BY m.event_id, a.published_date NULLS LAST, m.id""";

    static final String EVENT_SQL = "SELECT " + TimelineQuerySql.EVENT_COLUMNS + " FROM event e WHERE e.id = ?";

    /**
     * The event an id was merged into: the newest MERGED change naming it among the folded-away ids.
     * Served by the partial GIN index of V2 on payload->'mergedEventIds'.
     */
    static final String MERGED_INTO_SQL = """
            SELECT coalesce(c.payload -> 'event' ->> 'id', c.event_id) AS survivor
            FROM event_change c
            WHERE c.change_type = 'MERGED' AND c.payload -> 'mergedEventIds' @> jsonb_build_array(?::text)
            ORDER BY c.sequence DESC LIMIT 1""";

    /** Merges can chain (a into b, later b into c); follow at most this many hops. */
    private static final int MAX_MERGE_HOPS = 16;

    private final DataSource dataSource;
    private final TimelineQueryRowMapper mapper = new TimelineQueryRowMapper();

    @Inject
    public TimelineQueryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public TimelinePage page(TimelineQueryFilter filter) {
        return page(filter, null);
    }

    /** A page with its text filter matched the given way; {@code null} lets {@link TextSearchModeChooser} pick. */
    TimelinePage page(TimelineQueryFilter filter, TextSearchMode textMode) {
        int wanted = filter.limit() + 1; // one extra row tells whether there is a next page
        try (Connection connection = dataSource.getConnection()) {
            List<RowWithId> rows = new ArrayList<>();
            TextSearchMode text = textMode != null ? textMode : TextSearchModeChooser.choose(connection, filter);
            try (SignatureWalkPlan ignored = text == TextSearchMode.SIGNATURE_WALK
                    ? SignatureWalkPlan.enter(connection) : null) {
                for (TimelineQuerySql slice : TimelineQuerySql.slices(filter, text)) {
                    if (rows.size() >= wanted) {
                        break;
                    }
                    readSlice(connection, slice, wanted - rows.size(), rows);
                }
            }
            boolean more = rows.size() > filter.limit();
            List<RowWithId> page = more ? rows.subList(0, filter.limit()) : rows;
            Map<String, List<EventSource>> sources = sources(connection, page.stream().map(RowWithId::id).toList());
            List<TimelineEvent> events = page.stream().map(r -> withSources(r.event(), sources)).toList();
            String next = null;
            if (more) {
                RowWithId last = page.get(page.size() - 1);
                next = new TimelineCursor(last.date(), last.id()).encode();
            }
            return new TimelinePage(events, next);
        } catch (SQLException e) {
            throw new TimelineQueryException("timeline query failed", e);
        }
    }

    private void readSlice(Connection connection, TimelineQuerySql slice, int limit, List<RowWithId> into)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(slice.sql())) {
            planForTheseValues(statement);
            bind(connection, statement, slice.params(), limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    into.add(new RowWithId(rs.getString("id"), rs.getObject("date", LocalDate.class),
                            mapper.event(rs, List.of())));
                }
            }
        }
    }

    public Optional<TimelineEvent> findEvent(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(EVENT_SQL)) {
            statement.setString(1, id);
            TimelineEvent event;
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                event = mapper.event(rs, List.of());
            }
            return Optional.of(withSources(event, sources(connection, List.of(id))));
        } catch (SQLException e) {
            throw new TimelineQueryException("event query failed", e);
        }
    }

    /**
     * The id of the event that {@code id} now lives on, when {@code id} was merged away (following chains of
     * merges to an event that still exists); empty when {@code id} was never merged.
     */
    public Optional<String> mergedInto(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement merged = connection.prepareStatement(MERGED_INTO_SQL);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM event WHERE id = ?")) {
            String current = id;
            Set<String> seen = new LinkedHashSet<>();
            for (int hop = 0; hop < MAX_MERGE_HOPS && seen.add(current); hop++) {
                merged.setString(1, current);
                String survivor;
                try (ResultSet rs = merged.executeQuery()) {
                    survivor = rs.next() ? rs.getString(1) : null;
                }
                if (survivor == null || survivor.equals(current)) {
                    return current.equals(id) ? Optional.empty() : Optional.of(current);
                }
                exists.setString(1, survivor);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(survivor);
                    }
                }
                current = survivor;
            }
            return current.equals(id) ? Optional.empty() : Optional.of(current);
        } catch (SQLException e) {
            throw new TimelineQueryException("merge lookup failed", e);
        }
    }

    private Map<String, List<EventSource>> sources(Connection connection, List<String> eventIds) throws SQLException {
        Map<String, List<EventSource>> byEvent = new HashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        try (PreparedStatement statement = connection.prepareStatement(SOURCES_SQL)) {
            statement.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byEvent.computeIfAbsent(rs.getString("event_id"), k -> new ArrayList<>()).add(mapper.source(rs));
                }
            }
        }
        return byEvent;
    }

    private static TimelineEvent withSources(TimelineEvent e, Map<String, List<EventSource>> sources) {
        return new TimelineEvent(e.id(), e.type(), e.title(), e.date(), e.dateEnd(), e.datePrecision(), e.status(),
                e.actors(), e.locations(), e.quantities(), e.cameoCode(), e.confidence(), e.sourceCount(),
                List.copyOf(sources.getOrDefault(e.id(), List.of())), e.alternativeDates(), e.createdAt(),
                e.updatedAt());
    }

    /**
     * The best plan depends on the values: a rare actor or word wants its GIN index and a sort, a common one wants
     * the date index walked until the page is full. The driver would switch to a server-side prepared statement
     * after a few runs, and PostgreSQL then to one generic plan for all values, which was 100× slower for rare
     * values in the benchmark; a threshold of 0 keeps the driver on unnamed statements, planned per execution.
     */
    static void planForTheseValues(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    public static void bind(Connection connection, PreparedStatement statement, List<Object> params, int limit)
            throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value == TimelineQuerySql.PAGE_LIMIT) {
                statement.setInt(i + 1, limit);
            } else if (value instanceof TimelineQuerySql.SqlTextArray array) {
                statement.setArray(i + 1, connection.createArrayOf("text", array.values().toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private record RowWithId(String id, LocalDate date, TimelineEvent event) {
    }
}

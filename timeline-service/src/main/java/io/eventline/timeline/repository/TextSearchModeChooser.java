package io.eventline.timeline.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the cheaper {@link TextSearchMode} for a page with a full-text filter, from an estimate of how many events
 * the GIN index would return for the filter's words, actors and places.
 *
 * <p>With {@code G} matching events among {@code N}, the GIN way reads {@code G} table rows; the walk passes about
 * {@code limit × N / G} index entries before the page is full. A table row cost about ten times an index entry's
 * signature test on the benchmark machine (7 µs against 0.4-0.7 µs), so the walk wins once
 * {@code 10 × G ≥ limit × N / G}. Misjudging near that point costs little: there both ways take about as long.
 *
 * <p>The estimate is PostgreSQL's own, which takes a query's words as independent of each other. For a quoted
 * phrase that is far off: the words of "Boko Haram" nearly always come together, and the planner guessed 120 events
 * where 10,952 had both. For phrases the estimate is therefore the events containing the phrase's rarest word (from
 * the column statistics), an upper bound that names and set phrases come close to.
 *
 * <p>The planner does not make this choice itself because it cannot estimate how many events pass a signature
 * test. A query without required lexemes (only OR, NOT or prefix terms) has an empty signature that every event
 * passes, so it always goes through the index.
 */
public final class TextSearchModeChooser {

    /** How many signature tests cost as much as reading one table row. */
    static final double ROW_COST_IN_SIGNATURE_TESTS = 10.0;

    /**
     * Whether the query requires any lexeme, whether it has a phrase, the table's size, and the frequency of its
     * rarest required lexeme: from the statistics' most common elements, or for a lexeme not among them the lowest
     * frequency listed there (an upper bound; the array's first element after the lexemes' own).
     */
    private static final String QUERY_FACTS_SQL = """
            WITH q AS (SELECT websearch_to_tsquery('english', ?) AS query),
                 r AS (SELECT q.query, eventline_required_lexemes(q.query) AS lexemes FROM q),
                 s AS (SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
                       FROM pg_stats
                       WHERE schemaname = current_schema() AND tablename = 'event' AND attname = 'search')
            SELECT cardinality(r.lexemes) > 0 AS selective,
                   strpos(r.query::text, '<') > 0 AS phrase,
                   (SELECT greatest(c.reltuples, 0) FROM pg_class c WHERE c.oid = 'event'::regclass) AS events,
                   (SELECT min(coalesce(s.freqs[array_position(s.elems, l)], s.freqs[cardinality(s.elems) + 1]))
                    FROM unnest(r.lexemes) AS l) AS rarest
            FROM r LEFT JOIN s ON true""";

    private static final Pattern ESTIMATED_ROWS = Pattern.compile("rows=(\\d+)");

    private TextSearchModeChooser() {
    }

    public static TextSearchMode choose(Connection connection, TimelineQueryFilter filter) throws SQLException {
        if (filter.text() == null) {
            return TextSearchMode.GIN_INDEX;
        }
        double events;
        double phraseMatches = -1;
        try (PreparedStatement statement = connection.prepareStatement(QUERY_FACTS_SQL)) {
            statement.setString(1, filter.text());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next() || !rs.getBoolean("selective")) {
                    return TextSearchMode.GIN_INDEX;
                }
                events = rs.getDouble("events");
                double rarest = rs.getDouble("rarest");
                boolean statistics = !rs.wasNull(); // none before the table's first ANALYZE
                if (statistics && rs.getBoolean("phrase")) {
                    phraseMatches = rarest * events;
                }
            }
        }
        double matching = phraseMatches >= 0 ? phraseMatches : estimatedIndexMatches(connection, filter);
        return choose(matching, events, filter.limit() + 1);
    }

    /** The rule itself, apart from the database: {@code matching} of {@code events} match, {@code rows} wanted. */
    static TextSearchMode choose(double matching, double events, int rows) {
        return ROW_COST_IN_SIGNATURE_TESTS * matching * matching >= (double) rows * events
                ? TextSearchMode.SIGNATURE_WALK
                : TextSearchMode.GIN_INDEX;
    }

    /** The planner's estimate of the events the GIN index would return for the filter's words, actors and places. */
    private static double estimatedIndexMatches(Connection connection, TimelineQueryFilter filter) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        where.add(TimelineQuerySql.TEXT_MATCH);
        params.add(filter.text());
        TimelineQuerySql.addActorAndPlaceFilters(filter, where, params);
        String sql = "EXPLAIN SELECT 1 FROM event k WHERE " + String.join(" AND ", where);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            TimelineQueryRepository.planForTheseValues(statement); // a generic plan would estimate without the words
            TimelineQueryRepository.bind(connection, statement, params, 0);
            try (ResultSet rs = statement.executeQuery()) {
                Matcher rows = rs.next() ? ESTIMATED_ROWS.matcher(rs.getString(1)) : null;
                if (rows == null || !rows.find()) {
                    throw new SQLException("no row estimate in the plan of " + sql);
                }
                return Double.parseDouble(rows.group(1));
            }
        }
    }
}

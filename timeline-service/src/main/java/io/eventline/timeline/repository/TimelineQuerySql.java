package io.eventline.timeline.repository;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one slice of a timeline page and its bind values ({@link #PAGE_LIMIT} marks where the caller binds
 * the number of rows it still wants).
 * User input only ever reaches the database as bind values; the SQL text is assembled from constant fragments
 * chosen by which filters are present.
 *
 * <p>A page is read from up to three disjoint slices, in this order, each already in timeline order:
 * <ol>
 *   <li><b>straddling</b> (only with {@code from}): multi-day events that start before {@code from} and are still
 *   running on it (see {@link #straddling});</li>
 *   <li><b>dated</b>: events that start inside the window, a range scan of the (date, id) index;</li>
 *   <li><b>undated</b> (only without a window): events without a date, which come last.</li>
 * </ol>
 * Every straddling event starts before every dated-slice event and undated ones come after both, so the page is
 * the concatenation; the next slice is only read when the previous ones did not fill the page, which keeps the
 * common page at one statement.
 *
 * <p>Each slice first picks the (date, id) keys of its rows, then joins back for the full rows: the key query is
 * answered from covering indexes (V2 {@code event_timeline_idx}, {@code event_multiday_idx} and
 * {@code event_undated_idx} include the filter columns), so filtering never touches the table, and only the page's
 * own rows are fetched. A full-text filter is answered one of two ways ({@link TextSearchMode}): through the GIN
 * index, or, for words that many events contain, by testing the lexeme signature the covering indexes carry (V4)
 * during the walk and reading the search vector of only the events that pass.
 */
public record TimelineQuerySql(String sql, List<Object> params) {

    /** Event columns in the order {@link TimelineQueryRowMapper#event} reads them. */
    public static final String EVENT_COLUMNS = "e.id, e.type, e.title, e.date, e.date_end, e.date_precision, "
            + "e.status, e.actors, e.locations, e.quantities, e.cameo_code, e.confidence, e.source_count, "
            + "e.alternative_dates, e.created_at, e.updated_at";

    /**
     * Events spanning more days than this are "long-running" and found through their own small GiST index;
     * shorter ones within this many days before a window. Fixed in V2's partial index predicate: change both.
     */
    static final int LONG_SPAN_DAYS = 400;

    /** The full-text condition as the GIN index answers it; the bind value is the query in web-search syntax. */
    static final String TEXT_MATCH = "k.search @@ websearch_to_tsquery('english', ?)";

    /** Placeholder in {@link #params()} for the slice's row limit, which the caller binds (rows still wanted). */
    public static final Object PAGE_LIMIT = new Object() {
        @Override
        public String toString() {
            return "PAGE_LIMIT";
        }
    };

    /** The slices of the page described by {@code filter}, in timeline order, its text filter matched by GIN index. */
    public static List<TimelineQuerySql> slices(TimelineQueryFilter filter) {
        return slices(filter, TextSearchMode.GIN_INDEX);
    }

    /** The slices of the page described by {@code filter}, in timeline order, its text filter matched by {@code text}. */
    public static List<TimelineQuerySql> slices(TimelineQueryFilter filter, TextSearchMode text) {
        List<TimelineQuerySql> slices = new ArrayList<>();
        TimelineCursor after = filter.after();
        boolean cursorInUndated = after != null && after.date() == null;

        if (filter.from() != null && !cursorInUndated) {
            slices.add(straddling(filter, after, text));
        }
        if (!cursorInUndated) {
            List<String> where = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (filter.from() != null) {
                where.add("k.date >= ?");
                params.add(filter.from());
            }
            if (filter.to() != null) {
                where.add("k.date <= ?");
                params.add(filter.to());
            }
            if (filter.from() == null && filter.to() == null) {
                where.add("k.date IS NOT NULL");
            }
            addDatedKeyset(after, where, params);
            addCommonFilters(filter, text, where, params);
            slices.add(slice(where, params, "k.date, k.id"));
        }
        if (filter.includesUndated()) {
            List<String> where = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            where.add("k.date IS NULL");
            if (cursorInUndated) {
                where.add("k.id > ?");
                params.add(after.id());
            }
            addCommonFilters(filter, text, where, params);
            slices.add(slice(where, params, "k.id"));
        }
        return slices;
    }

    /**
     * Events that began before {@code from} and still run on it. Most such events span at most a year (week,
     * month, year precision); they began within {@link #LONG_SPAN_DAYS} before {@code from}, so a bounded range
     * of the covering index of multi-day events holds them, its date_end column telling which still run: no table
     * access.
     * The rare longer events come from a small partial GiST index on their date range.
     */
    private static TimelineQuerySql straddling(TimelineQueryFilter filter, TimelineCursor after, TextSearchMode text) {
        List<Object> params = new ArrayList<>();
        List<String> recent = new ArrayList<>();
        recent.add("k.date_end > k.date"); // the partial index predicate, so that the planner can use it
        recent.add("k.date < ?");
        params.add(filter.from());
        recent.add("k.date >= ?::date - " + LONG_SPAN_DAYS);
        params.add(filter.from());
        recent.add("k.date_end >= ?");
        params.add(filter.from());
        recent.add("k.date_end - k.date <= " + LONG_SPAN_DAYS);
        addDatedKeyset(after, recent, params);
        addCommonFilters(filter, text, recent, params);
        params.add(PAGE_LIMIT);

        List<String> longRunning = new ArrayList<>();
        // The span predicate repeats the partial index predicate so that the planner can use that index.
        longRunning.add("k.date_end - k.date > " + LONG_SPAN_DAYS);
        longRunning.add("daterange(k.date, k.date_end, '[]') @> ?::date");
        params.add(filter.from());
        longRunning.add("k.date < ?");
        params.add(filter.from());
        addDatedKeyset(after, longRunning, params);
        addCommonFilters(filter, text, longRunning, params);
        params.add(PAGE_LIMIT);
        params.add(PAGE_LIMIT);

        String keys = "SELECT s.date, s.id FROM ("
                + "(" + keys(recent, "k.date, k.id") + ") UNION ALL (" + keys(longRunning, "k.date, k.id") + ")"
                + ") s ORDER BY s.date, s.id LIMIT ?";
        return new TimelineQuerySql(rows(keys), List.copyOf(params));
    }

    private static TimelineQuerySql slice(List<String> where, List<Object> params, String orderBy) {
        List<Object> all = new ArrayList<>(params);
        all.add(PAGE_LIMIT);
        return new TimelineQuerySql(rows(keys(where, orderBy)), List.copyOf(all));
    }

    /** The page's keys, chosen from the covering indexes alone wherever the filters allow. */
    private static String keys(List<String> where, String orderBy) {
        return "SELECT k.date, k.id FROM event k WHERE " + String.join(" AND ", where)
                + " ORDER BY " + orderBy + " LIMIT ?";
    }

    /** The full rows of the chosen keys, in timeline order. */
    private static String rows(String keys) {
        return "SELECT " + EVENT_COLUMNS + " FROM (" + keys + ") page JOIN event e ON e.id = page.id "
                + "ORDER BY page.date, page.id";
    }

    /** Row comparison on (date, id) is what lets PostgreSQL start the index scan right after the cursor. */
    private static void addDatedKeyset(TimelineCursor after, List<String> where, List<Object> params) {
        if (after != null) {
            where.add("(k.date, k.id) > (?::date, ?)");
            params.add(after.date());
            params.add(after.id());
        }
    }

    private static void addCommonFilters(TimelineQueryFilter filter, TextSearchMode text, List<String> where,
                                         List<Object> params) {
        if (!filter.types().isEmpty()) {
            where.add("k.type = ANY(?)");
            params.add(new SqlTextArray(filter.types().stream().map(EventType::name).sorted().toList()));
        }
        addActorAndPlaceFilters(filter, where, params);
        if (filter.text() != null && text == TextSearchMode.SIGNATURE_WALK) {
            // The signature test reads only the index entry; the search vector is read, through the scalar
            // subquery, for the events that pass it (cheaper quals are evaluated first).
            where.add("(k.search_sig & eventline_query_signature(?)) = eventline_query_signature(?)");
            params.add(filter.text());
            params.add(filter.text());
            where.add("(SELECT s.search FROM event s WHERE s.id = k.id) @@ websearch_to_tsquery('english', ?)");
            params.add(filter.text());
        } else if (filter.text() != null) {
            where.add(TEXT_MATCH);
            params.add(filter.text());
        }
        if (!filter.statuses().isEmpty()) {
            where.add("k.status = ANY(?)");
            params.add(new SqlTextArray(filter.statuses().stream().map(EventStatus::name).sorted().toList()));
        }
        if (filter.minSources() != null) {
            where.add("k.source_count >= ?");
            params.add(filter.minSources());
        }
    }

    /** The actor and place filters, which V3's GIN index serves (as it does {@link #TEXT_MATCH}). */
    static void addActorAndPlaceFilters(TimelineQueryFilter filter, List<String> where, List<Object> params) {
        if (!filter.actors().isEmpty()) {
            where.add("k.actors_lc @> ?");
            params.add(new SqlTextArray(filter.actors()));
        }
        if (!filter.locations().isEmpty()) {
            where.add("k.locations_lc @> ?");
            params.add(new SqlTextArray(filter.locations()));
        }
    }

    /** A bind value to be sent as a PostgreSQL text[] (JDBC needs a Connection to build the array). */
    public record SqlTextArray(List<String> values) {
    }
}

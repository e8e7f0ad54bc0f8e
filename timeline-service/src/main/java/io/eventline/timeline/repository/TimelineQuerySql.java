package io.eventline.timeline.repository;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one timeline page and its bind values. User input only ever reaches the database as bind values;
 * the SQL text is assembled from constant fragments chosen by which filters are present.
 *
 * <p>The page is the union of up to three disjoint, individually index-ordered slices, each limited to
 * {@code limit + 1} rows (the extra row tells whether there is a next page):
 * <ol>
 *   <li><b>straddling</b> (only with {@code from}): multi-day events that start before {@code from} and are still
 *   running on it, found through the GiST index on their date range instead of scanning every earlier event;</li>
 *   <li><b>dated</b>: events that start inside the window, a range scan of the (date, id) index;</li>
 *   <li><b>undated</b> (only without a window): events without a date, which come last.</li>
 * </ol>
 * Straddling events start before every dated-slice event, and undated ones come after both, so the slices are
 * already in timeline order relative to each other; the outer ORDER BY only merges at most 3 × (limit + 1) rows.
 */
public record TimelineQuerySql(String sql, List<Object> params) {

    /** Event columns in the order {@link TimelineQueryRowMapper#event} reads them. */
    public static final String EVENT_COLUMNS = "e.id, e.type, e.title, e.date, e.date_end, e.date_precision, "
            + "e.status, e.actors, e.locations, e.quantities, e.cameo_code, e.confidence, e.source_count, "
            + "e.alternative_dates, e.created_at, e.updated_at";

    public static TimelineQuerySql page(TimelineQueryFilter filter) {
        List<String> slices = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        TimelineCursor after = filter.after();
        boolean cursorInUndated = after != null && after.date() == null;
        int sliceLimit = filter.limit() + 1;

        if (filter.from() != null && !cursorInUndated) {
            List<String> where = new ArrayList<>();
            // date_end > date repeats the partial index predicate so that the planner can use that index.
            where.add("e.date_end > e.date");
            where.add("daterange(e.date, e.date_end, '[]') @> ?::date");
            params.add(filter.from());
            where.add("e.date < ?");
            params.add(filter.from());
            addDatedKeyset(after, where, params);
            addCommonFilters(filter, where, params);
            slices.add(slice(where, "e.date, e.id", sliceLimit, params));
        }
        if (!cursorInUndated) {
            List<String> where = new ArrayList<>();
            if (filter.from() != null) {
                where.add("e.date >= ?");
                params.add(filter.from());
            }
            if (filter.to() != null) {
                where.add("e.date <= ?");
                params.add(filter.to());
            }
            if (filter.from() == null && filter.to() == null) {
                where.add("e.date IS NOT NULL");
            }
            addDatedKeyset(after, where, params);
            addCommonFilters(filter, where, params);
            slices.add(slice(where, "e.date, e.id", sliceLimit, params));
        }
        if (filter.includesUndated()) {
            List<String> where = new ArrayList<>();
            where.add("e.date IS NULL");
            if (cursorInUndated) {
                where.add("e.id > ?");
                params.add(after.id());
            }
            addCommonFilters(filter, where, params);
            slices.add(slice(where, "e.date NULLS LAST, e.id", sliceLimit, params));
        }

        if (slices.size() == 1) {
            return new TimelineQuerySql(slices.get(0), List.copyOf(params));
        }
        String union = String.join("\nUNION ALL\n", slices.stream().map(s -> "(" + s + ")").toList());
        params.add(sliceLimit);
        return new TimelineQuerySql("SELECT * FROM (\n" + union + "\n) e ORDER BY e.date NULLS LAST, e.id LIMIT ?",
                List.copyOf(params));
    }

    private static String slice(List<String> where, String orderBy, int limit, List<Object> params) {
        params.add(limit);
        return "SELECT " + EVENT_COLUMNS + " FROM event e WHERE " + String.join(" AND ", where)
                + " ORDER BY " + orderBy + " LIMIT ?";
    }

    /** Row comparison on (date, id) is what lets PostgreSQL start the index scan right after the cursor. */
    private static void addDatedKeyset(TimelineCursor after, List<String> where, List<Object> params) {
        if (after != null) {
            where.add("(e.date, e.id) > (?::date, ?)");
            params.add(after.date());
            params.add(after.id());
        }
    }

    private static void addCommonFilters(TimelineQueryFilter filter, List<String> where, List<Object> params) {
        if (!filter.types().isEmpty()) {
            where.add("e.type = ANY(?)");
            params.add(new SqlTextArray(filter.types().stream().map(EventType::name).sorted().toList()));
        }
        if (!filter.actors().isEmpty()) {
            where.add("e.actors_lc @> ?");
            params.add(new SqlTextArray(filter.actors()));
        }
        if (!filter.locations().isEmpty()) {
            where.add("e.locations_lc @> ?");
            params.add(new SqlTextArray(filter.locations()));
        }
        if (filter.text() != null) {
            where.add("e.search @@ websearch_to_tsquery('english', ?)");
            params.add(filter.text());
        }
        if (!filter.statuses().isEmpty()) {
            where.add("e.status = ANY(?)");
            params.add(new SqlTextArray(filter.statuses().stream().map(EventStatus::name).sorted().toList()));
        }
        if (filter.minSources() != null) {
            where.add("e.source_count >= ?");
            params.add(filter.minSources());
        }
    }

    /** A bind value to be sent as a PostgreSQL text[] (JDBC needs a Connection to build the array). */
    public record SqlTextArray(List<String> values) {
    }
}

package io.eventline.timeline.repository;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A validated timeline query. All collections are non-null (empty = no constraint); the REST layer turns request
 * parameters into this and rejects bad ones before any SQL is built.
 *
 * @param from       events whose [date, dateEnd] ends on or after this day; null = unbounded
 * @param to         events whose [date, dateEnd] starts on or before this day; null = unbounded
 * @param types      any of these types
 * @param actors     every one of these actors (compared lower-cased, exact element match)
 * @param locations  every one of these locations (compared lower-cased, exact element match)
 * @param text       PostgreSQL web-search syntax over title and evidence sentences; null = none
 * @param statuses   any of these statuses
 * @param minSources at least this many supporting sources; null = none
 * @param limit      page size, 1..{@link #MAX_LIMIT}
 * @param after      the page starts after this position; null = first page
 */
public record TimelineQueryFilter(LocalDate from, LocalDate to, Set<EventType> types, List<String> actors,
                                  List<String> locations, String text, Set<EventStatus> statuses,
                                  Integer minSources, int limit, TimelineCursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public TimelineQueryFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        actors = actors == null ? List.of() : actors.stream().map(TimelineQueryFilter::normalise).toList();
        locations = locations == null ? List.of() : locations.stream().map(TimelineQueryFilter::normalise).toList();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.trim();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
    }

    /** The whole timeline, first page, default size. */
    public static TimelineQueryFilter all() {
        return new TimelineQueryFilter(null, null, null, null, null, null, null, null, DEFAULT_LIMIT, null);
    }

    public TimelineQueryFilter withAfter(TimelineCursor cursor) {
        return new TimelineQueryFilter(from, to, types, actors, locations, text, statuses, minSources, limit, cursor);
    }

    public TimelineQueryFilter withLimit(int newLimit) {
        return new TimelineQueryFilter(from, to, types, actors, locations, text, statuses, minSources, newLimit, after);
    }

    /** Undated events have no place in a date window, so they are listed only when no window is asked for. */
    public boolean includesUndated() {
        return from == null && to == null;
    }

    /** The writer keeps lower-cased copies of actors/locations (actors_lc, locations_lc); match them the same way. */
    static String normalise(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}

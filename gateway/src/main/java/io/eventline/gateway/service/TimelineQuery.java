package io.eventline.gateway.service;

import io.eventline.contracts.EventSource;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.TimelineEvent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The timeline filters shared by {@code /api/timeline}, the exports and {@code /api/stream}, validated once.
 * The gateway checks them itself so that a bad parameter is a 400 before any downstream call, and so that the
 * stream (which has no downstream query) filters exactly like the timeline does.
 */
public record TimelineQuery(LocalDate from, LocalDate to, Set<EventType> types, String actor, String location,
                            String q, EventStatus status, Integer minSources, Integer limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public TimelineQuery {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(types);
    }

    /** Parses raw request parameters; {@code types} may repeat and each may be a comma list. */
    public static TimelineQuery parse(String from, String to, Collection<String> types, String actor,
                                      String location, String q, String status, String minSources, String limit,
                                      String cursor) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadParameterException("from", "'from' (" + fromDate + ") is after 'to' (" + toDate + ")");
        }
        Integer min = integer("minSources", minSources, 0, Integer.MAX_VALUE);
        Integer lim = integer("limit", limit, 1, MAX_LIMIT);
        return new TimelineQuery(fromDate, toDate, eventTypes(types), blankToNull(actor), blankToNull(location),
                blankToNull(q), eventStatus(status), min, lim, blankToNull(cursor));
    }

    /** The same filters with another page position; used by the exports to walk the whole timeline. */
    public TimelineQuery page(int pageLimit, String pageCursor) {
        return new TimelineQuery(from, to, types, actor, location, q, status, minSources, pageLimit, pageCursor);
    }

    /** Type names in a stable order, for forwarding as repeated {@code type} parameters. */
    public List<String> typeNames() {
        return types.stream().map(Enum::name).sorted().toList();
    }

    public String statusName() {
        return status == null ? null : status.name();
    }

    /**
     * Whether an event passes the filters, as timeline-service's timeline query decides it: dates overlap
     * [from, to], undated events only when no date bound is given, actor and location equal one of the event's
     * values ignoring case. {@code q} is the one approximation: timeline-service uses PostgreSQL full-text search,
     * the stream a case-insensitive substring of the title or an evidence sentence.
     */
    public boolean matches(TimelineEvent event) {
        if (event == null) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(event.type())) {
            return false;
        }
        if (status != null && status != event.status()) {
            return false;
        }
        if (minSources != null && event.sourceCount() < minSources) {
            return false;
        }
        if (actor != null && !anyEqualsIgnoreCase(event.actors(), actor)) {
            return false;
        }
        if (location != null && !anyEqualsIgnoreCase(event.locations(), location)) {
            return false;
        }
        if (q != null && !mentions(event, q)) {
            return false;
        }
        return overlapsDates(event);
    }

    private boolean overlapsDates(TimelineEvent event) {
        if (from == null && to == null) {
            return true;
        }
        if (event.date() == null) {
            return false;
        }
        LocalDate end = event.dateEnd() != null ? event.dateEnd() : event.date();
        return (to == null || !event.date().isAfter(to)) && (from == null || !end.isBefore(from));
    }

    private static boolean mentions(TimelineEvent event, String needle) {
        if (containsIgnoreCase(event.title(), needle)) {
            return true;
        }
        if (event.sources() != null) {
            for (EventSource source : event.sources()) {
                if (source != null && containsIgnoreCase(source.sentence(), needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyEqualsIgnoreCase(List<String> values, String wanted) {
        return values != null && values.stream().anyMatch(v -> v != null && v.strip().equalsIgnoreCase(wanted.strip()));
    }

    private static boolean containsIgnoreCase(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static LocalDate date(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(field, "'" + field + "' must be an ISO date like 2015-11-13, got '" + v + "'");
        }
    }

    private static Integer integer(String field, String value, int min, int max) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadParameterException(field, "'" + field + "' must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(field, "'" + field + "' must be an integer, got '" + v + "'");
        }
    }

    private static Set<EventType> eventTypes(Collection<String> raw) {
        Set<EventType> result = EnumSet.noneOf(EventType.class);
        if (raw == null) {
            return result;
        }
        for (String param : raw) {
            if (param == null) {
                continue;
            }
            for (String part : param.split(",")) {
                String name = part.trim();
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    result.add(EventType.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw new BadParameterException("type", "unknown event type '" + name + "'; known: "
                            + List.of(EventType.values()));
                }
            }
        }
        return result;
    }

    private static EventStatus eventStatus(String raw) {
        String v = blankToNull(raw);
        if (v == null) {
            return null;
        }
        try {
            return EventStatus.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("status", "unknown status '" + v + "'; known: " + List.of(EventStatus.values()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

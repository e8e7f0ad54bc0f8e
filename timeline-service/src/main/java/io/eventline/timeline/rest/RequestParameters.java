package io.eventline.timeline.rest;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.timeline.repository.ArticleCursor;
import io.eventline.timeline.repository.TimelineCursor;
import io.eventline.timeline.repository.TimelineQueryFilter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses raw query parameters into validated queries. Each problem becomes an {@link InvalidParameterException}
 * naming the parameter, so a client learns exactly what to fix.
 */
public final class RequestParameters {

    /** Full-text queries longer than this are not searches but pasted documents; refuse rather than grind. */
    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_VALUES = 20;

    private RequestParameters() {
    }

    public static TimelineQueryFilter timeline(String from, String to, List<String> types, List<String> actors,
                                               List<String> locations, String q, List<String> statuses,
                                               String minSources, String limit, String cursor) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidParameterException("from", "from (" + fromDate + ") is after to (" + toDate + ")");
        }
        String text = q == null || q.isBlank() ? null : q.trim();
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        Integer sources = minSources == null || minSources.isBlank() ? null
                : integer("minSources", minSources, 0, Integer.MAX_VALUE);
        int size = limit == null || limit.isBlank() ? TimelineQueryFilter.DEFAULT_LIMIT
                : integer("limit", limit, 1, TimelineQueryFilter.MAX_LIMIT);
        TimelineCursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = TimelineCursor.decode(cursor);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("cursor", "cursor is not one returned as nextCursor by this API");
            }
        }
        return new TimelineQueryFilter(fromDate, toDate, enums("type", types, EventType.class),
                values("actor", actors), values("location", locations), text,
                enums("status", statuses, EventStatus.class), sources, size, after);
    }

    public static ArticleCursor articleCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return ArticleCursor.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("cursor", "cursor is not one returned as nextCursor by this API");
        }
    }

    public static String id(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_VALUE_LENGTH) {
            throw new InvalidParameterException("id", "id must be 1 to " + MAX_VALUE_LENGTH + " characters");
        }
        return id;
    }

    public static int integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, name + " is empty");
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number, got '" + shorten(value) + "'");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidParameterException(name, name + " must be between " + min + " and " + max);
        }
        return (int) parsed;
    }

    public static long longValue(String name, String value, long min) {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < min) {
                throw new InvalidParameterException(name, name + " must be at least " + min);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number, got '" + shorten(value) + "'");
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name,
                    name + " must be an ISO date such as 2015-11-13, got '" + shorten(value) + "'");
        }
    }

    /** Repeated parameters and comma lists are both accepted: {@code type=RAID&type=ARREST} = {@code type=RAID,ARREST}. */
    static List<String> split(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String item : raw) {
            if (item == null) {
                continue;
            }
            Arrays.stream(item.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
        }
        return values;
    }

    /** Actor and location names may contain commas ("Washington, D.C."), so only repetition lists them. */
    static List<String> values(String name, List<String> raw) {
        List<String> values = raw == null ? List.of()
                : raw.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
        if (values.size() > MAX_VALUES) {
            throw new InvalidParameterException(name, "at most " + MAX_VALUES + " " + name + " values");
        }
        for (String v : values) {
            if (v.length() > MAX_VALUE_LENGTH) {
                throw new InvalidParameterException(name, name + " values are at most " + MAX_VALUE_LENGTH + " characters");
            }
        }
        return values;
    }

    static <E extends Enum<E>> Set<E> enums(String name, List<String> raw, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : split(raw)) {
            String key = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            try {
                result.add(Enum.valueOf(type, key));
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
                throw new InvalidParameterException(name,
                        "unknown " + name + " '" + shorten(value) + "'; expected one of " + allowed);
            }
        }
        return result;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}

package io.eventline.gateway.export;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.TimelineEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * iCalendar (RFC 5545): one all-day VEVENT per dated event. DTEND is exclusive (the day after the last day), TEXT
 * values are escaped (backslash, semicolon, comma, newline) and content lines are folded at 75 octets without
 * splitting a UTF-8 character. Undated events have no place in a calendar and are left out.
 */
public final class IcsExport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private IcsExport() {
    }

    public static String render(String calendarName, List<TimelineEvent> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Eventline//Timeline export//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        String stamp = UTC.format(now.truncatedTo(ChronoUnit.SECONDS));
        for (TimelineEvent e : events) {
            if (e.date() == null) {
                continue;
            }
            LocalDate last = e.dateEnd() != null && !e.dateEnd().isBefore(e.date()) ? e.dateEnd() : e.date();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.id()) + "@eventline");
            line(out, "DTSTAMP:" + stamp);
            if (e.updatedAt() != null) {
                line(out, "LAST-MODIFIED:" + UTC.format(e.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
            }
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.date()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(last.plusDays(1)));
            line(out, "SUMMARY:" + text(EventLabels.typeLabel(e.type()) + ": " + nullToEmpty(e.title())));
            List<String> places = EventLabels.nonNull(e.locations());
            if (!places.isEmpty()) {
                line(out, "LOCATION:" + text(String.join(", ", places)));
            }
            line(out, "DESCRIPTION:" + text(description(e)));
            line(out, "CATEGORIES:" + text(EventLabels.typeLabel(e.type())));
            line(out, "STATUS:" + (e.status() == EventStatus.PLANNED ? "TENTATIVE" : "CONFIRMED"));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String description(TimelineEvent e) {
        List<String> parts = new ArrayList<>();
        List<String> actors = EventLabels.nonNull(e.actors());
        if (!actors.isEmpty()) {
            parts.add("Who: " + String.join(", ", actors));
        }
        if (e.datePrecision() != null) {
            parts.add("Date precision: " + e.datePrecision().name().toLowerCase());
        }
        for (String sentence : EventLabels.evidence(e)) {
            parts.add("“" + sentence + "”");
        }
        List<String> sources = EventLabels.sourceLines(e);
        if (!sources.isEmpty()) {
            parts.add("Sources (" + e.sourceCount() + "):");
            sources.forEach(s -> parts.add("- " + s));
        }
        return String.join("\n", parts);
    }

    /** RFC 5545 §3.3.11 TEXT escaping. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> {
                    // other control characters are not allowed in TEXT
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence or surrogate pair. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package io.eventline.gateway.export;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Knight Lab TimelineJS3 JSON. TimelineJS renders {@code headline} and {@code text} as HTML, so everything from
 * the articles is HTML-escaped. Dates keep the event's precision (a MONTH event has no day). Undated events
 * cannot be placed on a TimelineJS axis: they are listed in the title slide instead.
 */
public final class TimelineJsExport {
    private TimelineJsExport() {
    }

    /** A tree of maps and lists, serialized by the REST layer's Jackson. */
    public static Map<String, Object> render(String title, List<TimelineEvent> events) {
        List<Object> slides = new ArrayList<>();
        List<TimelineEvent> undated = new ArrayList<>();
        for (TimelineEvent e : events) {
            if (e.date() == null || e.datePrecision() == DatePrecision.UNKNOWN) {
                undated.add(e);
                continue;
            }
            Map<String, Object> slide = new LinkedHashMap<>();
            slide.put("start_date", date(e.date(), e.datePrecision()));
            if (e.dateEnd() != null && !e.dateEnd().equals(e.date())) {
                slide.put("end_date", date(e.dateEnd(), e.datePrecision()));
            }
            slide.put("text", text(html(e.title()), body(e)));
            slide.put("group", EventLabels.typeLabel(e.type()));
            slide.put("unique_id", e.id());
            slides.add(slide);
        }
        StringBuilder intro = new StringBuilder("<p>").append(events.size() - undated.size())
                .append(" dated events from Eventline.</p>");
        if (!undated.isEmpty()) {
            intro.append("<p>Undated events:</p><ul>");
            for (TimelineEvent e : undated) {
                intro.append("<li>").append(html(EventLabels.typeLabel(e.type()))).append(": ")
                        .append(html(e.title())).append("</li>");
            }
            intro.append("</ul>");
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", Map.of("text", text(html(title), intro.toString())));
        root.put("events", slides);
        return root;
    }

    private static Map<String, String> date(LocalDate date, DatePrecision precision) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("year", Integer.toString(date.getYear()));
        if (precision != DatePrecision.YEAR) {
            d.put("month", Integer.toString(date.getMonthValue()));
            if (precision != DatePrecision.MONTH) {
                d.put("day", Integer.toString(date.getDayOfMonth()));
            }
        }
        return d;
    }

    private static Map<String, String> text(String headline, String text) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("headline", headline);
        t.put("text", text);
        return t;
    }

    private static String body(TimelineEvent e) {
        StringBuilder b = new StringBuilder();
        List<String> places = EventLabels.nonNull(e.locations());
        List<String> actors = EventLabels.nonNull(e.actors());
        if (!places.isEmpty()) {
            b.append("<p><strong>Where:</strong> ").append(html(String.join(", ", places))).append("</p>");
        }
        if (!actors.isEmpty()) {
            b.append("<p><strong>Who:</strong> ").append(html(String.join(", ", actors))).append("</p>");
        }
        List<String> evidence = EventLabels.evidence(e);
        for (String sentence : evidence) {
            b.append("<blockquote>").append(html(sentence)).append("</blockquote>");
        }
        List<String> sources = EventLabels.sourceLines(e);
        if (!sources.isEmpty()) {
            b.append("<p><strong>Sources (").append(e.sourceCount()).append("):</strong></p><ul>");
            sources.forEach(s -> b.append("<li>").append(html(s)).append("</li>"));
            b.append("</ul>");
        }
        return b.toString();
    }

    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package io.eventline.stack;

import io.eventline.contracts.EventSource;
import io.eventline.contracts.Quantity;
import io.eventline.contracts.TimelineEvent;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Prints a timeline for a terminal: one block per event, its date, type, title, places, actors and evidence. */
public final class TimelinePrinter {

    private static final int WIDTH = 100;

    private TimelinePrinter() {
    }

    public static void print(List<TimelineEvent> events, PrintStream out) {
        out.println("=".repeat(WIDTH));
        out.printf("TIMELINE — %d event%s%n", events.size(), events.size() == 1 ? "" : "s");
        out.println("=".repeat(WIDTH));
        for (TimelineEvent e : events) {
            out.printf("%-23s %-24s %s%n", dateOf(e), e.type() + (e.status() != null
                    && e.status().name().equals("PLANNED") ? " (PLANNED)" : ""), e.title());
            detail(out, "where", String.join(", ", e.locations()));
            detail(out, "who", String.join(", ", e.actors()));
            detail(out, "figures", e.quantities().stream().map(TimelinePrinter::quantity)
                    .collect(Collectors.joining(", ")));
            detail(out, "sources", e.sourceCount() + " article" + (e.sourceCount() == 1 ? "" : "s")
                    + String.format(" (confidence %.2f)", e.confidence()));
            for (EventSource s : e.sources()) {
                detail(out, "  “", abbreviate(s.sentence(), WIDTH - 40) + "” — "
                        + (s.source() != null ? s.source() : s.title() != null ? s.title() : s.articleId()));
            }
            out.println("-".repeat(WIDTH));
        }
    }

    static String dateOf(TimelineEvent e) {
        if (e.date() == null) {
            return "undated";
        }
        String precision = e.datePrecision() == null ? "" : e.datePrecision().name();
        if (e.dateEnd() != null && !e.dateEnd().equals(e.date())) {
            return e.date() + ".." + e.dateEnd().toString().substring(5) + " " + precision.charAt(0);
        }
        return e.date() + " " + precision;
    }

    private static String quantity(Quantity q) {
        return q.value() + " " + q.unit();
    }

    private static void detail(PrintStream out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("    %-8s %s%n", label, value);
        }
    }

    private static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}

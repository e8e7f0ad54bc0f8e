package io.eventline.gateway.export;

import io.eventline.contracts.TimelineEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * RFC 4180 CSV (CRLF, header row, quotes doubled) of the timeline, one row per event. List cells are joined with
 * {@code "; "}, sources with {@code " | "}. Text cells that a spreadsheet would run as a formula get a leading
 * apostrophe (OWASP CSV-injection advice).
 */
public final class CsvExport {
    public static final List<String> COLUMNS = List.of("id", "date", "date_end", "date_precision", "type", "status",
            "title", "actors", "locations", "source_count", "confidence", "sources", "evidence");

    private CsvExport() {
    }

    public static String render(List<TimelineEvent> events) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (TimelineEvent e : events) {
                printer.printRecord(
                        e.id(),
                        e.date() == null ? "" : e.date().toString(),
                        e.dateEnd() == null ? "" : e.dateEnd().toString(),
                        e.datePrecision() == null ? "" : e.datePrecision().name(),
                        e.type() == null ? "" : e.type().name(),
                        e.status() == null ? "" : e.status().name(),
                        safe(e.title()),
                        safe(String.join("; ", EventLabels.nonNull(e.actors()))),
                        safe(String.join("; ", EventLabels.nonNull(e.locations()))),
                        e.sourceCount(),
                        e.confidence(),
                        safe(String.join(" | ", EventLabels.sourceLines(e))),
                        safe(String.join(" | ", EventLabels.evidence(e))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}

package io.eventline.gateway.export;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventSource;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Json;
import io.eventline.contracts.TimelineEvent;
import io.eventline.gateway.fakes.TestEvents;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFormatsTest {
    /** Commas, quotes, semicolons, a newline, non-ASCII and a long text: everything the formats must escape. */
    private static final TimelineEvent TRICKY = new TimelineEvent("evt-tricky", EventType.PLEDGE_OF_SUPPORT,
            "Allies pledge \"all aid and assistance\"; Germany, Italy agree", LocalDate.of(2015, 11, 17),
            LocalDate.of(2015, 11, 18), DatePrecision.RANGE, EventStatus.OCCURRED, List.of("Germany", "Italy"),
            List.of("Brussels, Belgium"), List.of(), "033", 0.8, 2,
            List.of(new EventSource("a1", "Le Monde", "Les alliés répondent à l'appel de la France", "https://lemonde.example/a1",
                            "2015-11-17", "Ministers said: \"We will give all aid\",\nunanimously — a first for Article 42.7 since the Lisbon Treaty entered into force in 2009.", 0, 10),
                    new EventSource("a2", "=cmd|' /C calc'!A0", "Formula", null, "2015-11-18", "Second report.", 0, 5)),
            List.of(), Instant.parse("2015-11-18T08:00:00Z"), Instant.parse("2015-11-18T09:30:00Z"));
    private static final TimelineEvent UNDATED = TestEvents.event("evt-undated", EventType.MEETING,
            "Leaders meet at some point", null, List.of("Leaders"), List.of(), "Leaders will meet.");
    private static final List<TimelineEvent> EVENTS = List.of(TestEvents.parisAttacks(), TRICKY, UNDATED);

    @Test
    void csvParsesBackToTheSameFields() throws Exception {
        String csv = CsvExport.render(EVENTS);
        assertThat(csv).contains("\r\n");
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertThat(parser.getHeaderNames()).isEqualTo(CsvExport.COLUMNS);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(3);
            CSVRecord tricky = rows.get(1);
            assertThat(tricky.get("id")).isEqualTo("evt-tricky");
            assertThat(tricky.get("title")).isEqualTo(TRICKY.title());
            assertThat(tricky.get("date")).isEqualTo("2015-11-17");
            assertThat(tricky.get("date_end")).isEqualTo("2015-11-18");
            assertThat(tricky.get("type")).isEqualTo("PLEDGE_OF_SUPPORT");
            assertThat(tricky.get("actors")).isEqualTo("Germany; Italy");
            assertThat(tricky.get("locations")).isEqualTo("Brussels, Belgium");
            assertThat(tricky.get("source_count")).isEqualTo("2");
            assertThat(tricky.get("evidence")).contains("\"We will give all aid\",\nunanimously");
            assertThat(tricky.get("sources")).contains("Le Monde — Les alliés répondent à l'appel de la France <https://lemonde.example/a1>")
                    .contains(" | =cmd"); // not at the start of the cell: a spreadsheet does not run it
            assertThat(rows.get(2).get("date")).isEmpty();
        }
    }

    @Test
    void csvNeutralisesFormulasAtTheStartOfACell() {
        assertThat(CsvExport.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.safe("Paris")).isEqualTo("Paris");
    }

    @Test
    void icsParsesBackWithAnIndependentParser() throws Exception {
        String ics = IcsExport.render("Eventline timeline", EVENTS, Instant.parse("2026-01-01T12:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2); // the undated event has no place in a calendar
        VEvent tricky = events.get(1);
        assertThat(tricky.getProperty("UID").orElseThrow().getValue()).isEqualTo("evt-tricky@eventline");
        assertThat(tricky.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20151117");
        assertThat(tricky.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(tricky.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20151119"); // exclusive
        assertThat(tricky.getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("Pledge of support: " + TRICKY.title());
        assertThat(tricky.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Brussels, Belgium");
        String description = tricky.getProperty("DESCRIPTION").orElseThrow().getValue();
        assertThat(description).contains("Who: Germany, Italy")
                .contains("\"We will give all aid\",\nunanimously — a first for Article 42.7")
                .contains("Le Monde — Les alliés répondent à l'appel de la France <https://lemonde.example/a1>");
        assertThat(tricky.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20260101T120000Z");
        VEvent paris = events.get(0);
        assertThat(paris.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20151114");
    }

    @Test
    void icsEscapesAndFoldsPerRfc5545() {
        assertThat(IcsExport.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
        StringBuilder out = new StringBuilder();
        IcsExport.line(out, "DESCRIPTION:" + "é".repeat(100));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines.length).isGreaterThan(2);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        String unfolded = out.toString().replace("\r\n ", "").replace("\r\n", "");
        assertThat(unfolded).isEqualTo("DESCRIPTION:" + "é".repeat(100));
    }

    @Test
    @SuppressWarnings("unchecked")
    void timelineJsHasKnightLabShapeAndEscapesHtml() throws Exception {
        Map<String, Object> doc = TimelineJsExport.render("Eventline <test>", EVENTS);
        // round-trip through JSON as a client would read it
        Map<String, Object> json = Json.mapper().readValue(Json.mapper().writeValueAsString(doc), Map.class);
        Map<String, Object> title = (Map<String, Object>) json.get("title");
        Map<String, Object> titleText = (Map<String, Object>) title.get("text");
        assertThat(titleText.get("headline")).isEqualTo("Eventline &lt;test&gt;");
        assertThat((String) titleText.get("text")).contains("Undated events").contains("Leaders meet at some point");

        List<Map<String, Object>> events = (List<Map<String, Object>>) json.get("events");
        assertThat(events).hasSize(2);
        Map<String, Object> paris = events.get(0);
        assertThat(paris.get("start_date")).isEqualTo(Map.of("year", "2015", "month", "11", "day", "13"));
        assertThat(paris).doesNotContainKey("end_date");
        assertThat(paris.get("unique_id")).isEqualTo("evt-paris");
        assertThat(paris.get("group")).isEqualTo("Attack");
        Map<String, Object> tricky = events.get(1);
        assertThat(tricky.get("end_date")).isEqualTo(Map.of("year", "2015", "month", "11", "day", "18"));
        Map<String, Object> text = (Map<String, Object>) tricky.get("text");
        assertThat(text.get("headline")).isEqualTo("Allies pledge &quot;all aid and assistance&quot;; Germany, Italy agree");
        assertThat((String) text.get("text")).contains("<blockquote>").doesNotContain("<https://");
    }

    @Test
    void timelineJsKeepsOnlyTheKnownPrecision() {
        TimelineEvent month = new TimelineEvent("m", EventType.DECLARATION, "Declared in November",
                LocalDate.of(2015, 11, 1), LocalDate.of(2015, 11, 30), DatePrecision.MONTH, EventStatus.OCCURRED,
                List.of(), List.of(), List.of(), null, 1, 1, List.of(), List.of(), null, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> slide = ((List<Map<String, Object>>) TimelineJsExport.render("t", List.of(month)).get("events")).get(0);
        assertThat(slide.get("start_date")).isEqualTo(Map.of("year", "2015", "month", "11"));
    }
}

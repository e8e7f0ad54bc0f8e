package io.eventline.gateway.rest;

import io.eventline.contracts.EventType;
import io.eventline.contracts.TimelineEvent;
import io.eventline.gateway.GatewayTestProfile;
import io.eventline.gateway.fakes.FakeDownstreams;
import io.eventline.gateway.fakes.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Exports through the HTTP API: every page of the timeline is walked and the files parse back. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ExportApiTest {
    private static final int EVENTS = 1203; // more than two pages of 500

    @BeforeEach
    void arrange() {
        FakeDownstreams.TIMELINE.reset();
        List<TimelineEvent> many = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            EventType type = i % 3 == 0 ? EventType.AIRSTRIKE : EventType.MEETING;
            many.add(TestEvents.event("evt-" + i, type, "Event number " + i + ", with a comma",
                    LocalDate.of(2015, 1, 1).plusDays(i % 365), List.of("Actor " + i), List.of("Place " + i),
                    "Sentence " + i + " said \"something\"."));
        }
        FakeDownstreams.TIMELINE.events.addAll(many);
    }

    @Test
    void csvContainsEveryPageInOrder() throws Exception {
        Response response = given().when().get("/api/timeline.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(response.header("X-Eventline-Truncated")).isEqualTo("false");
        try (CSVParser parser = CSVParser.parse(response.asString(),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(EVENTS);
            assertThat(rows.get(0).get("id")).isEqualTo("evt-0");
            assertThat(rows.get(EVENTS - 1).get("id")).isEqualTo("evt-" + (EVENTS - 1));
            assertThat(rows.get(7).get("title")).isEqualTo("Event number 7, with a comma");
            assertThat(rows.get(7).get("evidence")).isEqualTo("Sentence 7 said \"something\".");
        }
        // pages of at most 500, walked with the cursor
        assertThat(FakeDownstreams.TIMELINE.timelineQueries).hasSize(3)
                .allMatch(q -> q.contains("limit=500") || q.contains("limit=501"));
    }

    @Test
    void filtersAreForwardedToEveryPage() throws Exception {
        Response response = given().queryParam("type", "airstrike").when().get("/api/timeline.csv");
        try (CSVParser parser = CSVParser.parse(response.asString(),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize((EVENTS + 2) / 3).allMatch(r -> r.get("type").equals("AIRSTRIKE"));
        }
        assertThat(FakeDownstreams.TIMELINE.timelineQueries).allMatch(q -> q.contains("type=AIRSTRIKE"));
    }

    @Test
    void icsHasOneVeventPerDatedEvent() throws Exception {
        Response response = given().queryParam("type", "AIRSTRIKE").when().get("/api/timeline.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.asString()));
        assertThat(calendar.getComponents("VEVENT")).hasSize((EVENTS + 2) / 3);
        assertThat(calendar.getProperty("PRODID").orElseThrow().getValue()).contains("Eventline");
    }

    @Test
    void timelineJsListsTheEvents() {
        given().queryParam("type", "AIRSTRIKE").when().get("/api/timeline/timelinejs")
                .then().statusCode(200)
                .body("events.size()", equalTo((EVENTS + 2) / 3))
                .body("events[0].unique_id", equalTo("evt-0"))
                .body("events[0].start_date.year", equalTo("2015"))
                .body("events[0].text.headline", equalTo("Event number 0, with a comma"))
                .body("title.text.headline", equalTo("Eventline timeline"));
    }

    @Test
    void exportsValidateTheirFilters() {
        given().queryParam("to", "soon").when().get("/api/timeline.ics")
                .then().statusCode(400).body("error", equalTo("bad_parameter")).body("field", equalTo("to"));
    }
}

package io.eventline.timeline.rest;

import io.eventline.contracts.ChangeType;
import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.ApiError;
import io.eventline.contracts.api.ArticlePage;
import io.eventline.contracts.api.ArticleView;
import io.eventline.contracts.api.TimelinePage;
import io.eventline.stack.testing.KafkaTestResource;
import io.eventline.stack.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API against a real PostgreSQL (schema from the Flyway migrations) and a real Kafka broker (the app's
 * channels need one). Rows are written straight into the tables, as the write side stores them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class TimelineQueryApiTest {

    /** The fixture in timeline order: a month-long meeting first, a same-day tie broken by id, undated last. */
    private static final List<String> TIMELINE = List.of(
            "ev_e_nato_meeting", "ev_a_paris_attacks", "ev_h_arrest", "ev_d_raqqa_strikes", "ev_c_art_42_7",
            "ev_b_saint_denis_raid", "ev_g_carrier", "ev_f_emergency", "ev_i_undated_pledge");

    @Inject
    DataSource dataSource;

    private TimelineTestRows rows;

    @BeforeEach
    void fixture() throws Exception {
        rows = new TimelineTestRows(dataSource);
        rows.clear();
        Instant t = Instant.parse("2015-11-17T10:00:00Z");
        rows.article("art_1", "Paris attacks: what we know", "https://news.example/1", "2015-11-14", "PROCESSED", t);
        rows.article("art_2", "France invokes EU mutual defence clause", "https://news.example/2",
                "2015-11-17T09:30:00Z", "PROCESSED", t.plusSeconds(60));
        rows.article("art_3", "Unreadable", "https://news.example/3", null, "FAILED", t.plusSeconds(120));

        day("ev_a_paris_attacks", EventType.ATTACK, "Paris attacks", "2015-11-13", List.of("Islamic State"),
                List.of("Paris", "Saint-Denis"), 3,
                "Gunmen and suicide bombers attacked a concert hall, restaurants and the Stade de France.");
        day("ev_h_arrest", EventType.ARREST, "Arrests in Molenbeek", "2015-11-13", List.of("Belgian police"),
                List.of("Molenbeek"), 1, "Belgian police arrested several people in Molenbeek.");
        day("ev_d_raqqa_strikes", EventType.AIRSTRIKE, "French airstrikes on Raqqa", "2015-11-15", List.of("France"),
                List.of("Raqqa"), 1, "French jets bombed targets in Raqqa on Sunday night.");
        day("ev_c_art_42_7", EventType.TREATY_INVOCATION, "France invokes Article 42.7", "2015-11-17",
                List.of("France", "European Union"), List.of("Brussels"), 1,
                "France invoked Article 42.7 of the Treaty on European Union, the mutual defence clause.");
        day("ev_b_saint_denis_raid", EventType.RAID, "Saint-Denis raid", "2015-11-18", List.of("French police"),
                List.of("Saint-Denis"), 2, "Police raided an apartment in Saint-Denis before dawn.");
        rows.event("ev_g_carrier", EventType.MILITARY_DEPLOYMENT, "Carrier to the eastern Mediterranean",
                LocalDate.parse("2015-11-23"), null, DatePrecision.DAY, EventStatus.PLANNED, List.of("France"),
                List.of("Mediterranean"), 1, "The aircraft carrier Charles de Gaulle will be deployed.");
        rows.event("ev_e_nato_meeting", EventType.MEETING, "NATO consultations", LocalDate.parse("2015-11-01"),
                LocalDate.parse("2015-11-30"), DatePrecision.MONTH, EventStatus.OCCURRED, List.of("NATO"),
                List.of("Brussels"), 1, "NATO allies met throughout November.");
        rows.event("ev_f_emergency", EventType.DECLARATION, "State of emergency", null, null, DatePrecision.UNKNOWN,
                EventStatus.OCCURRED, List.of("France"), List.of("France"), 1, "A state of emergency was declared.");
        rows.event("ev_i_undated_pledge", EventType.PLEDGE_OF_SUPPORT, "Pledge of support", null, null,
                DatePrecision.UNKNOWN, EventStatus.OCCURRED, List.of("Germany"), List.of("Berlin"), 1,
                "Germany pledged its support.");

        rows.mention("ev_a_paris_attacks", "art_2", "The attacks on Friday night killed 130 people.", 200);
        rows.mention("ev_a_paris_attacks", "art_1", "Gunmen attacked the Bataclan concert hall.", 0);
        rows.mention("ev_c_art_42_7", "art_2", "France invoked Article 42.7.", 40);
    }

    private void day(String id, EventType type, String title, String date, List<String> actors,
                     List<String> locations, int sources, String evidence) throws Exception {
        rows.event(id, type, title, LocalDate.parse(date), null, DatePrecision.DAY, EventStatus.OCCURRED, actors,
                locations, sources, evidence);
    }

    private static TimelinePage timeline(Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/timeline")
                .then().statusCode(200).extract().as(TimelinePage.class);
    }

    private static List<String> ids(TimelinePage page) {
        return page.events().stream().map(TimelineEvent::id).toList();
    }

    /** {@code query} is sent exactly as written (already URL-encoded). */
    private static List<String> ids(String query) {
        Response response = given().urlEncodingEnabled(false).when().get("/api/timeline?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return ids(response.as(TimelinePage.class));
    }

    @Test
    void wholeTimelineIsChronologicalWithTiesByIdAndUndatedLast() {
        TimelinePage page = timeline(Map.of());
        assertThat(ids(page)).containsExactlyElementsOf(TIMELINE);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void eventsCarryTheirSourcesOldestPublicationFirst() {
        TimelineEvent attack = timeline(Map.of("q", "concert")).events().get(0);
        assertThat(attack.id()).isEqualTo("ev_a_paris_attacks");
        assertThat(attack.sources()).extracting(s -> s.articleId()).containsExactly("art_1", "art_2");
        assertThat(attack.sources().get(1).sentence()).isEqualTo("The attacks on Friday night killed 130 people.");
        assertThat(attack.sources().get(1).sentenceStart()).isEqualTo(200);
        assertThat(attack.sources().get(1).publishedAt()).isEqualTo("2015-11-17T09:30:00Z");
        assertThat(attack.sources().get(0).url()).isEqualTo("https://news.example/1");
        assertThat(attack.quantities()).singleElement().satisfies(q -> assertThat(q.value()).isEqualTo(130));
        assertThat(attack.actors()).containsExactly("Islamic State");
        assertThat(attack.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(attack.cameoCode()).isEqualTo("180");
    }

    @Test
    void dateWindowMatchesOverlapIncludingEventsThatStartedBefore() {
        assertThat(ids("from=2015-11-15&to=2015-11-17"))
                .containsExactly("ev_e_nato_meeting", "ev_d_raqqa_strikes", "ev_c_art_42_7");
        assertThat(ids("from=2015-11-18"))
                .containsExactly("ev_e_nato_meeting", "ev_b_saint_denis_raid", "ev_g_carrier");
        assertThat(ids("to=2015-11-13")).containsExactly("ev_e_nato_meeting", "ev_a_paris_attacks", "ev_h_arrest");
        assertThat(ids("from=2015-12-01")).isEmpty();
        assertThat(ids("from=2015-11-13&to=2015-11-13"))
                .containsExactly("ev_e_nato_meeting", "ev_a_paris_attacks", "ev_h_arrest");
    }

    @Test
    void longRunningEventsStraddleEveryWindowTheyOverlap() throws Exception {
        rows.event("ev_l_coalition_campaign", EventType.AIRSTRIKE, "Coalition air campaign",
                LocalDate.parse("2014-09-19"), LocalDate.parse("2016-12-31"), DatePrecision.RANGE,
                EventStatus.OCCURRED, List.of("France"), List.of("Iraq"), 1, "French jets joined the campaign.");
        assertThat(ids("from=2015-11-15&to=2015-11-17")).containsExactly("ev_l_coalition_campaign",
                "ev_e_nato_meeting", "ev_d_raqqa_strikes", "ev_c_art_42_7");
        assertThat(ids("from=2016-06-01")).containsExactly("ev_l_coalition_campaign");
        assertThat(ids("from=2016-06-01&actor=germany")).isEmpty();
        assertThat(ids("to=2014-09-18")).isEmpty();
        assertThat(ids("from=2017-01-01")).isEmpty();
        assertThat(ids("from=2015-11-14&type=AIRSTRIKE"))
                .containsExactly("ev_l_coalition_campaign", "ev_d_raqqa_strikes");
    }

    @Test
    void filtersByTypeActorLocationStatusAndSources() {
        assertThat(ids("type=RAID,ARREST")).containsExactly("ev_h_arrest", "ev_b_saint_denis_raid");
        assertThat(ids("type=RAID&type=arrest")).containsExactly("ev_h_arrest", "ev_b_saint_denis_raid");
        assertThat(ids("actor=france"))
                .containsExactly("ev_d_raqqa_strikes", "ev_c_art_42_7", "ev_g_carrier", "ev_f_emergency");
        assertThat(ids("actor=France&actor=European%20Union")).containsExactly("ev_c_art_42_7");
        assertThat(ids("location=SAINT-DENIS")).containsExactly("ev_a_paris_attacks", "ev_b_saint_denis_raid");
        assertThat(ids("status=PLANNED")).containsExactly("ev_g_carrier");
        assertThat(ids("minSources=2")).containsExactly("ev_a_paris_attacks", "ev_b_saint_denis_raid");
        assertThat(ids("actor=france&type=AIRSTRIKE&from=2015-11-14")).containsExactly("ev_d_raqqa_strikes");
    }

    @Test
    void fullTextSearchUsesStemsPhrasesAndExclusions() {
        assertThat(ids("q=raided%20apartment")).containsExactly("ev_b_saint_denis_raid");
        assertThat(ids("q=bombing")).containsExactly("ev_d_raqqa_strikes"); // "bombed" stems to bomb
        assertThat(ids("q=%22mutual%20defence%20clause%22")).containsExactly("ev_c_art_42_7");
        assertThat(ids("q=police%20-apartment")).containsExactly("ev_h_arrest");
        assertThat(ids("q=emergency")).containsExactly("ev_f_emergency");
        assertThat(ids("q=emergency&from=2015-01-01")).isEmpty();
        assertThat(ids("q=zzzunknownword")).isEmpty();
    }

    @Test
    void pagingHasNoDuplicatesOrGapsWhileEventsArrive() throws Exception {
        TimelinePage first = timeline(Map.of("limit", 3));
        assertThat(ids(first)).containsExactly("ev_e_nato_meeting", "ev_a_paris_attacks", "ev_h_arrest");
        assertThat(first.nextCursor()).isNotBlank();

        // Arrivals between page requests: one before the page boundary, one after it, one undated.
        day("ev_0_early", EventType.MEETING, "Early meeting", "2015-10-01", List.of("EU"), List.of("Brussels"), 1, "x");
        day("ev_0_later", EventType.MEETING, "Later meeting", "2015-11-14", List.of("EU"), List.of("Brussels"), 1, "y");
        rows.event("ev_z_undated", EventType.DECLARATION, "Late undated", null, null, DatePrecision.UNKNOWN,
                EventStatus.OCCURRED, List.of(), List.of(), 1, "z");

        List<String> seen = new ArrayList<>(ids(first));
        String cursor = first.nextCursor();
        int pages = 1;
        while (cursor != null) {
            TimelinePage page = timeline(Map.of("limit", 3, "cursor", cursor));
            assertThat(page.events()).isNotEmpty();
            seen.addAll(ids(page));
            cursor = page.nextCursor();
            assertThat(++pages).isLessThan(10);
        }
        assertThat(seen).doesNotHaveDuplicates()
                .containsAll(TIMELINE)
                .contains("ev_0_later", "ev_z_undated")
                .doesNotContain("ev_0_early");
        assertThat(seen.indexOf("ev_0_later")).isEqualTo(seen.indexOf("ev_h_arrest") + 1);
        assertThat(seen.subList(seen.size() - 3, seen.size()))
                .containsExactly("ev_f_emergency", "ev_i_undated_pledge", "ev_z_undated");
    }

    @Test
    void pagingWithinAFilteredWindowCoversItExactly() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            TimelinePage page = cursor == null ? timeline(Map.of("from", "2015-11-10", "limit", 2))
                    : timeline(Map.of("from", "2015-11-10", "limit", 2, "cursor", cursor));
            seen.addAll(ids(page));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).containsExactly("ev_e_nato_meeting", "ev_a_paris_attacks", "ev_h_arrest",
                "ev_d_raqqa_strikes", "ev_c_art_42_7", "ev_b_saint_denis_raid", "ev_g_carrier");
    }

    @Test
    void badParametersAre400WithTheParameterNamed() {
        assertBadRequest("from=2015-13-01", "from");
        assertBadRequest("to=yesterday", "to");
        assertBadRequest("from=2015-11-20&to=2015-11-10", "from");
        assertBadRequest("type=BOGUS", "type");
        assertBadRequest("status=MAYBE", "status");
        assertBadRequest("limit=0", "limit");
        assertBadRequest("limit=501", "limit");
        assertBadRequest("limit=ten", "limit");
        assertBadRequest("minSources=-1", "minSources");
        assertBadRequest("cursor=not-a-cursor", "cursor");
        assertBadRequest("cursor=dDF8MjAxNS0xMy0wMXxldl94", "cursor"); // t1|2015-13-01|ev_x: a forged bad date
    }

    private static void assertBadRequest(String query, String field) {
        Response response = given().when().get("/api/timeline?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        ApiError error = response.as(ApiError.class);
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.field()).as(query).isEqualTo(field);
        assertThat(error.message()).isNotBlank();
    }

    @Test
    void eventByIdHasAllSources() {
        TimelineEvent event = given().when().get("/api/events/ev_c_art_42_7")
                .then().statusCode(200).extract().as(TimelineEvent.class);
        assertThat(event.type()).isEqualTo(EventType.TREATY_INVOCATION);
        assertThat(event.date()).isEqualTo(LocalDate.parse("2015-11-17"));
        assertThat(event.sources()).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("France invokes EU mutual defence clause"));
    }

    @Test
    void unknownAndMergedEventIdsAre404WithReason() throws Exception {
        ApiError unknown = given().when().get("/api/events/ev_nope")
                .then().statusCode(404).extract().as(ApiError.class);
        assertThat(unknown.error()).isEqualTo("not_found");

        // ev_old1 was merged into ev_old2, which later was merged into the Paris attacks event.
        rows.change(1, ChangeType.MERGED, "ev_old2", List.of("ev_old1"), Duration.ofMinutes(5));
        rows.change(2, ChangeType.MERGED, "ev_a_paris_attacks", List.of("ev_old2", "ev_other"), Duration.ofMinutes(4));
        Response merged = given().when().get("/api/events/ev_old1");
        assertThat(merged.statusCode()).isEqualTo(404);
        assertThat(merged.header(ApiExceptionMappers.MERGED_INTO_HEADER)).isEqualTo("ev_a_paris_attacks");
        ApiError error = merged.as(ApiError.class);
        assertThat(error.error()).isEqualTo("merged");
        assertThat(error.message()).contains("ev_a_paris_attacks");
    }

    @Test
    void articleShowsStatusAndSupportedEvents() {
        ArticleView article = given().when().get("/api/articles/art_2")
                .then().statusCode(200).extract().as(ArticleView.class);
        assertThat(article.eventIds()).containsExactly("ev_a_paris_attacks", "ev_c_art_42_7");
        assertThat(article.publishedAt()).isEqualTo("2015-11-17T09:30:00Z");
        assertThat(article.status()).hasToString("PROCESSED");
        ArticleView failed = given().when().get("/api/articles/art_3")
                .then().statusCode(200).extract().as(ArticleView.class);
        assertThat(failed.status()).hasToString("FAILED");
        assertThat(failed.error()).isNotBlank();
        assertThat(failed.eventIds()).isEmpty();
        assertThat(given().when().get("/api/articles/art_404").then().statusCode(404).extract().as(ApiError.class)
                .error()).isEqualTo("not_found");
    }

    @Test
    void articlesArePagedNewestReceivedFirst() {
        ArticlePage first = given().queryParam("limit", 2).when().get("/api/articles")
                .then().statusCode(200).extract().as(ArticlePage.class);
        assertThat(first.articles()).extracting(ArticleView::id).containsExactly("art_3", "art_2");
        ArticlePage second = given().queryParam("limit", 2).queryParam("cursor", first.nextCursor())
                .when().get("/api/articles").then().statusCode(200).extract().as(ArticlePage.class);
        assertThat(second.articles()).extracting(ArticleView::id).containsExactly("art_1");
        assertThat(second.nextCursor()).isNull();
        assertThat(given().queryParam("cursor", "bad").when().get("/api/articles")
                .then().statusCode(400).extract().as(ApiError.class).field()).isEqualTo("cursor");
    }

    @Test
    void changesAfterASequenceAreReplayedInOrder() throws Exception {
        rows.change(1, ChangeType.CREATED, "ev_a_paris_attacks", List.of(), Duration.ofMinutes(3));
        rows.change(2, ChangeType.UPDATED, "ev_a_paris_attacks", List.of(), Duration.ofMinutes(2));
        rows.change(3, ChangeType.MERGED, "ev_c_art_42_7", List.of("ev_x"), Duration.ofMinutes(1));
        List<Map<String, Object>> changes = given().queryParam("after", 1).when().get("/api/changes")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(changes).extracting(c -> ((Number) c.get("sequence")).longValue()).containsExactly(2L, 3L);
        assertThat(changes.get(1).get("type")).isEqualTo("MERGED");
        assertThat(changes.get(1).get("mergedEventIds")).isEqualTo(List.of("ev_x"));
        assertThat(given().queryParam("after", 0).queryParam("limit", 1).when().get("/api/changes")
                .then().statusCode(200).extract().jsonPath().getList("sequence")).containsExactly(1);
        assertThat(given().queryParam("after", -1).when().get("/api/changes")
                .then().statusCode(400).extract().as(ApiError.class).field()).isEqualTo("after");
    }

    @Test
    void changesStopBeforeAFreshGapThatAnOpenTransactionMayStillFill() throws Exception {
        rows.change(1, ChangeType.CREATED, "ev_a_paris_attacks", List.of(), Duration.ofMinutes(1));
        rows.change(3, ChangeType.CREATED, "ev_b_saint_denis_raid", List.of(), Duration.ZERO);
        assertThat(given().queryParam("after", 0).when().get("/api/changes")
                .then().statusCode(200).extract().jsonPath().getList("sequence")).containsExactly(1);
        // A gap older than the grace period is a rolled-back transaction: skipped.
        rows.change(5, ChangeType.CREATED, "ev_c_art_42_7", List.of(), Duration.ofMinutes(1));
        assertThat(given().queryParam("after", 3).when().get("/api/changes")
                .then().statusCode(200).extract().jsonPath().getList("sequence")).containsExactly(5);
    }

    @Test
    void unknownPathsAnswerJsonNotHtml() {
        Response response = given().when().get("/api/events");
        assertThat(response.statusCode()).isIn(404, 405);
        assertThat(response.contentType()).startsWith("application/json");
    }
}

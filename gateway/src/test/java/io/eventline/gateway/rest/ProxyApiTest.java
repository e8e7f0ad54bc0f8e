package io.eventline.gateway.rest;

import io.eventline.contracts.ArticleStatus;
import io.eventline.contracts.api.ArticleView;
import io.eventline.gateway.GatewayTestProfile;
import io.eventline.gateway.fakes.FakeDownstreams;
import io.eventline.gateway.fakes.FakeIngestService;
import io.eventline.gateway.fakes.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ProxyApiTest {
    private static final String KEY = GatewayTestProfile.PROXY_KEY;

    @BeforeEach
    void arrange() {
        FakeDownstreams.TIMELINE.reset();
        FakeDownstreams.INGEST.received.clear();
        FakeDownstreams.TIMELINE.events.addAll(List.of(TestEvents.parisAttacks(), TestEvents.raqqaStrikes(),
                TestEvents.article427()));
    }

    @Test
    void timelineIsRelayedWithItsFiltersForwarded() {
        given().queryParam("type", "attack,AIRSTRIKE").queryParam("from", "2015-11-01").queryParam("to", "2015-11-30")
                .queryParam("actor", "France").queryParam("limit", "2")
                .when().get("/api/timeline")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("events.id", equalTo(List.of("evt-paris", "evt-raqqa")))
                .body("events[0].date", equalTo("2015-11-13"))
                .body("events[0].sources[0].sentence", containsString("Friday night"))
                .body("nextCursor", nullValue());
        String forwarded = FakeDownstreams.TIMELINE.timelineQueries.get(0);
        assertThat(forwarded).contains("from=2015-11-01", "to=2015-11-30", "actor=France", "limit=2",
                "type=AIRSTRIKE", "type=ATTACK");
    }

    @Test
    void badTimelineParametersAre400ApiErrorsWithoutCallingDownstream() {
        given().queryParam("from", "13/11/2015").when().get("/api/timeline")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("status", equalTo(400)).body("error", equalTo("bad_parameter")).body("field", equalTo("from"));
        given().queryParam("type", "PICNIC").when().get("/api/timeline")
                .then().statusCode(400).body("field", equalTo("type"));
        given().queryParam("limit", "501").when().get("/api/timeline")
                .then().statusCode(400).body("field", equalTo("limit"));
        given().queryParam("from", "2015-12-01").queryParam("to", "2015-11-01").when().get("/api/timeline")
                .then().statusCode(400).body("field", equalTo("from"));
        assertThat(FakeDownstreams.TIMELINE.timelineQueries).isEmpty();
    }

    @Test
    void downstreamRejectionIsPassedThrough() {
        given().queryParam("actor", "reject-me").when().get("/api/timeline")
                .then().statusCode(400).body("error", equalTo("bad_parameter"))
                .body("message", equalTo("timeline-service rejects this actor"));
    }

    @Test
    void eventsAreRelayedIncludingNotFoundAndMerged() {
        given().when().get("/api/events/evt-427").then().statusCode(200)
                .body("type", equalTo("TREATY_INVOCATION")).body("sources[0].url", equalTo("https://news.example/evt-427"));
        given().when().get("/api/events/nope").then().statusCode(404).contentType(ContentType.JSON)
                .body("error", equalTo("not_found"));
        FakeDownstreams.TIMELINE.mergedInto.put("evt-old", "evt-paris");
        given().when().get("/api/events/evt-old").then().statusCode(404)
                .body("error", equalTo("merged")).body("message", containsString("evt-paris"));
    }

    @Test
    void downstreamCrashBecomes502ApiError() {
        given().when().get("/api/events/boom").then().statusCode(502).contentType(ContentType.JSON)
                .body("error", equalTo("bad_gateway")).body("message", containsString("timeline-service"));
    }

    @Test
    void articlesAreRelayed() {
        FakeDownstreams.TIMELINE.articles.put("art-1", new ArticleView("art-1", "France invokes 42.7", "Example News",
                "https://news.example/a", "2015-11-17", ArticleStatus.PROCESSED, List.of("evt-427"), null));
        given().when().get("/api/articles/art-1").then().statusCode(200)
                .body("status", equalTo("PROCESSED")).body("eventIds", equalTo(List.of("evt-427")));
        given().when().get("/api/articles").then().statusCode(200).body("articles.id", hasItems("art-1"));
        given().when().get("/api/articles/none").then().statusCode(404).body("error", equalTo("not_found"));
        given().queryParam("limit", "zero").when().get("/api/articles").then().statusCode(400).body("field", equalTo("limit"));
    }

    @Test
    void articleSubmissionIsForwardedUnchanged() {
        String json = "{\"text\":\"On Friday night, gunmen attacked Paris.\",\"title\":\"Paris\",\"publishedAt\":\"2015-11-14\"}";
        given().header("X-API-Key", KEY).contentType("application/json").body(json)
                .when().post("/api/articles")
                .then().statusCode(202).contentType(ContentType.JSON)
                .body("id", notNullValue()).body("status", equalTo("ACCEPTED"));
        given().header("Authorization", "Bearer " + KEY).contentType("text/plain; charset=UTF-8")
                .queryParam("title", "Raqqa").queryParam("publishedAt", "2015-11-16")
                .body("French jets struck Raqqa on Sunday.")
                .when().post("/api/articles")
                .then().statusCode(202);
        List<FakeIngestService.Received> received = FakeDownstreams.INGEST.received;
        assertThat(received).hasSize(2);
        assertThat(received.get(0).contentType()).startsWith("application/json");
        assertThat(received.get(0).body()).isEqualTo(json);
        assertThat(received.get(1).contentType()).startsWith("text/plain");
        assertThat(received.get(1).rawQuery()).contains("title=Raqqa", "publishedAt=2015-11-16");
        assertThat(received.get(1).body()).isEqualTo("French jets struck Raqqa on Sunday.");
        // the public key is the gateway's business, not forwarded downstream
        assertThat(received.get(0).apiKeyHeader()).isNull();
    }

    @Test
    void ingestRejectionsArePassedThrough() {
        given().header("X-API-Key", KEY).contentType("application/pdf").body(new byte[]{1, 2, 3})
                .when().post("/api/articles")
                .then().statusCode(415).body("error", equalTo("unsupported_media_type"));
    }

    @Test
    void writesNeedAKnownKey() {
        given().contentType("text/plain").body("text").when().post("/api/articles")
                .then().statusCode(401).contentType(ContentType.JSON)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("error", equalTo("missing_api_key"));
        given().header("X-API-Key", "guess").contentType("text/plain").body("text").when().post("/api/articles")
                .then().statusCode(403).body("error", equalTo("invalid_api_key"));
        given().header("Authorization", "Bearer guess").contentType("text/plain").body("text").when().post("/api/articles")
                .then().statusCode(403);
        assertThat(FakeDownstreams.INGEST.received).isEmpty();
        // reads stay open by default
        given().when().get("/api/timeline").then().statusCode(200);
    }

    @Test
    void ingestDownIs503ApiError() {
        FakeDownstreams.INGEST.stop();
        try {
            given().header("X-API-Key", KEY).contentType("text/plain").body("Some article.")
                    .when().post("/api/articles")
                    .then().statusCode(503).contentType(ContentType.JSON)
                    .header("Retry-After", notNullValue())
                    .body("error", equalTo("service_unavailable")).body("message", containsString("ingest-service"));
            given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'downstream services' }.data.'ingest-service'", containsString("DOWN"));
        } finally {
            FakeDownstreams.INGEST.start();
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() {
        given().when().get("/api/nothing-here").then().statusCode(404).contentType(ContentType.JSON)
                .body("error", equalTo("not_found"));
        given().when().get("/no-such-page.html").then().statusCode(404).contentType(ContentType.JSON);
        given().header("X-API-Key", KEY).when().delete("/api/timeline").then().statusCode(405).contentType(ContentType.JSON)
                .body("error", equalTo("method_not_allowed"));
    }

    @Test
    void operationalEndpointsAreServed() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("eventline_gateway"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/timeline'", notNullValue())
                .body("paths.'/api/stream'", notNullValue())
                .body("paths.'/api/articles'.post", notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/").then().statusCode(200).contentType(ContentType.HTML).body(containsString("id=\"timeline\""));
    }
}

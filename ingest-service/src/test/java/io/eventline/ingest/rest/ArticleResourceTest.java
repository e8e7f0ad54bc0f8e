package io.eventline.ingest.rest;

import io.eventline.contracts.Json;
import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.PublicationDateOrigin;
import io.eventline.contracts.Topics;
import io.eventline.stack.testing.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

/** POST /api/articles against a real Kafka broker: what is answered 202 is on the topic, keyed by its id. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class ArticleResourceTest {

    static final String NEWS = "Police raided a flat in Saint-Denis before dawn on Wednesday, prosecutors said.\n\n"
            + "Two people were killed and seven arrested in the raid.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("..", "seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p, StandardCharsets.UTF_8);
        }
    }

    @Test
    void jsonArticleIsAcknowledgedAndReadableFromTheTopic() throws IOException {
        String id = given().contentType(ContentType.JSON)
                .body(Json.mapper().writeValueAsString(Map.of("text", seed("000"), "url", "https://www.dw.com/en/a-18854806")))
                .when().post("/api/articles")
                .then().statusCode(202).body("status", equalTo("ACCEPTED")).body("id", startsWith("art_"))
                .extract().path("id");

        ParsedArticle article = readBack(id).get(0);
        assertThat(article.id()).isEqualTo(id);
        assertThat(article.title()).isEqualTo("France seeks military help from EU");
        assertThat(article.publishedAt()).isEqualTo("2015-11-17");
        assertThat(article.source()).isEqualTo("dw.com");
        assertThat(article.text()).doesNotContain("Skip to content").contains("128 homes");
        assertThat(article.sentences()).hasSizeGreaterThan(15);
        assertThat(article.receivedAt()).isNotNull();
    }

    @Test
    void rawTextWithQueryMetadataIsAccepted() {
        String id = given().contentType("text/plain; charset=UTF-8").body(NEWS)
                .queryParam("title", "Saint-Denis raid").queryParam("source", "Example Wire")
                .queryParam("publishedAt", "2015-11-18T10:00:00Z")
                .when().post("/api/articles")
                .then().statusCode(202).extract().path("id");

        ParsedArticle article = readBack(id).get(0);
        assertThat(article.title()).isEqualTo("Saint-Denis raid");
        assertThat(article.source()).isEqualTo("Example Wire");
        assertThat(article.publishedAt()).isEqualTo("2015-11-18T10:00:00Z");
        assertThat(article.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.REQUEST);
    }

    @Test
    void rawHtmlIsCleanedAndAccepted() {
        String html = "<html><head><title>Raid in Saint-Denis | Example</title>"
                + "<meta property=\"article:published_time\" content=\"2015-11-18T09:00:00+01:00\"></head>"
                + "<body><nav>Home World</nav><article><h1>Raid in Saint-Denis</h1><p>Police raided a flat in "
                + "Saint-Denis before dawn on Wednesday.</p><p>Share on Facebook</p></article></body></html>";
        String id = given().contentType("text/html").body(html)
                .when().post("/api/articles")
                .then().statusCode(202).extract().path("id");

        ParsedArticle article = readBack(id).get(0);
        assertThat(article.text()).isEqualTo("Raid in Saint-Denis\n\nPolice raided a flat in Saint-Denis before dawn on Wednesday.");
        assertThat(article.publishedAt()).isEqualTo("2015-11-18T09:00:00+01:00");
        assertThat(article.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.HTML_META);
    }

    @Test
    void sameArticleTwiceHasOneId() throws IOException {
        String body = seed("002");
        String first = given().contentType("text/plain; charset=UTF-8").body(body).post("/api/articles")
                .then().statusCode(202).extract().path("id");
        String second = given().contentType(ContentType.JSON)
                .body(Json.mapper().writeValueAsString(Map.of("text", body.replace("\n\n", "\n \n\n"))))
                .post("/api/articles").then().statusCode(202).extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(readBack(first, 2)).hasSize(2).allSatisfy(a -> assertThat(a.id()).isEqualTo(first));
    }

    // ---- bad input: status AND ApiError body ----

    @Test
    void emptyBodyIs400() {
        assertError(given().contentType("text/plain").body(""), 400, "empty_body", "empty");
        assertError(given().contentType(ContentType.JSON).body("  "), 400, "empty_body", "empty");
    }

    @Test
    void onlyBoilerplateIs422() {
        assertError(given().contentType("text/plain").body("1. Skip to content\n\nFont Size:\n\nRead more"),
                422, "no_text", "no text");
    }

    @Test
    void bodyOverTheLimitIs413() {
        String big = "Police raided a flat in Saint-Denis. ".repeat(1024 * 1024 / 37 + 10);
        assertError(given().contentType("text/plain").body(big), 413, "too_large", "limit is 1048576 bytes");
    }

    @Test
    void xmlIs415() {
        assertError(given().contentType("application/xml").body("<article>x</article>"), 415,
                "unsupported_media_type", "application/json");
    }

    @Test
    void malformedJsonIs400() {
        assertError(given().contentType(ContentType.JSON).body("{\"text\": \"unterminated"), 400, "malformed_json", "JSON");
    }

    @Test
    void bothOrNeitherTextAndHtmlIs400() {
        assertError(given().contentType(ContentType.JSON).body("{\"text\":\"" + "a b c." + "\",\"html\":\"<p>x</p>\"}"),
                400, "invalid_field", "not both");
        assertError(given().contentType(ContentType.JSON).body("{\"title\":\"only a title\"}"),
                400, "invalid_field", "one of text or html");
    }

    @Test
    void unparseablePublishedAtIs400WithField() {
        assertError(given().contentType(ContentType.JSON).body("{\"text\":\"Police raided a flat.\",\"publishedAt\":\"last Tuesday\"}"),
                400, "bad_published_at", "ISO-8601").body("field", equalTo("publishedAt"));
        assertError(given().contentType("text/plain").queryParam("publishedAt", "17/11/2015").body(NEWS),
                400, "bad_published_at", "ISO-8601").body("field", equalTo("publishedAt"));
    }

    @Test
    void unknownPathAndWrongMethodAnswerJson() {
        assertError(given().accept(ContentType.JSON), "/api/nothing-here", "get", 404, "not_found");
        assertError(given(), "/no/such/page", "get", 404, "not_found");
        assertError(given().accept(ContentType.JSON), "/api/articles", "get", 405, "method_not_allowed");
    }

    // ---- operations ----

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Kafka"));
        given().contentType("text/plain").body("Font Size:").post("/api/articles").then().statusCode(422);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("eventline_ingest_articles_rejected_total{reason=\"no_text\"}"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/articles"));
    }

    private static ValidatableResponse assertError(io.restassured.specification.RequestSpecification request,
                                                   int status, String code, String messagePart) {
        return request.when().post("/api/articles").then()
                .statusCode(status).contentType(ContentType.JSON)
                .body("status", equalTo(status)).body("error", equalTo(code))
                .body("message", containsString(messagePart));
    }

    private static void assertError(io.restassured.specification.RequestSpecification request, String path,
                                    String method, int status, String code) {
        request.when().request(method, path).then()
                .statusCode(status).contentType(ContentType.JSON)
                .body("status", equalTo(status)).body("error", equalTo(code))
                .body("message", not(emptyOrNullString()));
    }

    private List<ParsedArticle> readBack(String id) {
        return readBack(id, 1);
    }

    /** Reads the topic from the start until {@code count} records keyed by {@code id} were seen. */
    private List<ParsedArticle> readBack(String id, int count) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ParsedArticle> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.ARTICLES_PARSED));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (id.equals(r.key())) {
                        try {
                            found.add(Json.mapper().readValue(r.value(), ParsedArticle.class));
                        } catch (IOException e) {
                            throw new AssertionError("record value is not a ParsedArticle: " + r.value(), e);
                        }
                    }
                }
            }
        }
        assertThat(found).as("records keyed %s on %s", id, Topics.ARTICLES_PARSED).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }
}

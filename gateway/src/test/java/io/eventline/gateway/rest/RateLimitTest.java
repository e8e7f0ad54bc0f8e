package io.eventline.gateway.rest;

import io.eventline.gateway.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class RateLimitTest {

    @Test
    void writesBeyondTheBucketAre429WithRetryAfter() {
        for (int i = 0; i < GatewayTestProfile.WRITES_PER_MINUTE; i++) {
            given().header("X-API-Key", GatewayTestProfile.RATE_KEY).contentType("text/plain").body("Article " + i)
                    .when().post("/api/articles").then().statusCode(202);
        }
        Response limited = given().header("X-API-Key", GatewayTestProfile.RATE_KEY).contentType("text/plain")
                .body("one too many").when().post("/api/articles");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith(ContentType.JSON.toString());
        assertThat(limited.jsonPath().getString("error")).isEqualTo("rate_limited");
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        // one token every 60/5 = 12 s
        assertThat(retryAfter).isBetween(1L, 12L);
        // the bucket is per key: another key is not affected
        given().header("X-API-Key", GatewayTestProfile.PROXY_KEY).contentType("text/plain").body("other key")
                .when().post("/api/articles").then().statusCode(202);
        // reads are not rate limited
        for (int i = 0; i < 10; i++) {
            given().when().get("/api/timeline").then().statusCode(200);
        }
    }
}

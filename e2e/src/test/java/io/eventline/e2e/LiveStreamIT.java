package io.eventline.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventline.contracts.Json;
import io.eventline.stack.EventlineClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A subscriber of /api/stream sees the events of an article posted after it subscribed. */
class LiveStreamIT {

    private static final String ARTICLE = """
            {"title": "Police arrest suspects in Molenbeek",
             "source": "E2E Wire",
             "publishedAt": "2016-03-19",
             "text": "BRUSSELS, March 19 - Belgian police arrested Salah Abdeslam in a raid in the Molenbeek district of Brussels on Friday, officials said. Prosecutors said four other people were detained during the operation."}
            """;

    @Test
    void streamDeliversTheEventsOfANewArticle() throws Exception {
        RunningStack.get();
        EventlineClient client = RunningStack.client();
        String gateway = RunningStack.get().gatewayUrl();

        BlockingQueue<String> dataLines = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(gateway + "/api/stream"))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> stream =
                http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> response.body()
                .filter(line -> line.startsWith("data:"))
                .forEach(line -> dataLines.add(line.substring(5).trim())));
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(1000); // the gateway's live consumer joins its topic partitions

        EventlineClient.Answer posted = client.postArticle(ARTICLE, "application/json");
        assertThat(posted.status()).isEqualTo(202);
        String articleId = Json.mapper().readTree(posted.body()).get("id").asText();

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode seen = null;
        while (seen == null && System.nanoTime() < deadline) {
            String data = dataLines.poll(1, TimeUnit.SECONDS);
            if (data == null) {
                continue;
            }
            JsonNode change = Json.mapper().readTree(data);
            for (JsonNode source : change.path("event").path("sources")) {
                if (articleId.equals(source.path("articleId").asText())) {
                    seen = change;
                }
            }
        }
        assertThat(seen).as("a change on /api/stream citing article " + articleId).isNotNull();
        assertThat(seen.path("event").path("type").asText()).isIn("ARREST", "RAID");
        assertThat(seen.path("sequence").asLong()).isPositive();
    }
}

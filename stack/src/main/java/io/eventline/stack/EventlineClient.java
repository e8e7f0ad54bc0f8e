package io.eventline.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventline.contracts.ArticleStatus;
import io.eventline.contracts.Json;
import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.ArticleAccepted;
import io.eventline.contracts.api.ArticleView;
import io.eventline.contracts.api.TimelinePage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** A small client of the gateway's public API, for the launcher and the end-to-end tests. */
public final class EventlineClient {

    private static final ObjectMapper JSON = Json.mapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String apiKey;

    public EventlineClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** The status and body of an HTTP exchange. */
    public record Answer(int status, String body) {
    }

    /** The content type for a seed file: .html → text/html, .json → application/json, else text/plain. */
    public static String contentTypeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html; charset=UTF-8";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return "text/plain; charset=UTF-8";
    }

    public Answer postArticle(String body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/articles"))
                .header("Content-Type", contentType)
                .header("X-API-Key", apiKey)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    /** Posts a file and returns the accepted article id; fails unless the gateway answered 202. */
    public String postFile(Path file) {
        try {
            Answer answer = postArticle(Files.readString(file, StandardCharsets.UTF_8), contentTypeOf(file));
            if (answer.status() != 202) {
                throw new IllegalStateException(file + " was not accepted: " + answer.status() + " " + answer.body());
            }
            return JSON.readValue(answer.body(), ArticleAccepted.class).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .GET().build());
    }

    public ArticleView article(String id) {
        Answer answer = get("/api/articles/" + encode(id));
        return answer.status() == 200 ? read(answer.body(), ArticleView.class) : null;
    }

    /** Waits until every article is PROCESSED or FAILED; returns their final views. */
    public List<ArticleView> awaitProcessed(Collection<String> ids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ArticleView> done = new ArrayList<>();
            for (String id : ids) {
                ArticleView view = article(id);
                if (view != null && view.status() != ArticleStatus.PENDING) {
                    done.add(view);
                }
            }
            if (done.size() == ids.size()) {
                return done;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("articles not processed within " + timeout + ": " + ids);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every event of the timeline, following the cursor to the end. */
    public List<TimelineEvent> timeline() {
        List<TimelineEvent> events = new ArrayList<>();
        String cursor = null;
        do {
            Answer answer = get("/api/timeline?limit=500" + (cursor == null ? "" : "&cursor=" + encode(cursor)));
            if (answer.status() != 200) {
                throw new IllegalStateException("timeline query failed: " + answer.status() + " " + answer.body());
            }
            TimelinePage page = read(answer.body(), TimelinePage.class);
            events.addAll(page.events());
            cursor = page.nextCursor();
        } while (cursor != null);
        return events;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected answer: " + body, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

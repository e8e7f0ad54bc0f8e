package io.eventline.gateway.fakes;

import com.sun.net.httpserver.HttpExchange;
import io.eventline.contracts.api.ApiError;
import io.eventline.contracts.api.ArticleAccepted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** ingest-service's {@code POST /api/articles} over real HTTP; records what it received. */
public class FakeIngestService extends FakeHttpServer {
    /** What one submission looked like on the wire. */
    public record Received(String contentType, String rawQuery, String body, String apiKeyHeader) {
    }

    public final List<Received> received = new CopyOnWriteArrayList<>();
    /** Called after each accepted article, e.g. to make the fake timeline react. */
    public volatile Consumer<Received> onAccepted = r -> { };

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/q/health/live")) {
            json(exchange, 200, Map.of("status", "UP"));
            return;
        }
        if (!path.equals("/api/articles") || !exchange.getRequestMethod().equals("POST")) {
            json(exchange, 404, ApiError.of(404, "not_found", "fake ingest has no " + path));
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        Received r = new Received(type, exchange.getRequestURI().getRawQuery(), body,
                exchange.getRequestHeaders().getFirst("X-API-Key"));
        received.add(r);
        if (body.isBlank()) {
            json(exchange, 400, new ApiError(400, "empty_body", "the article is empty", "body"));
        } else if (type == null || !(type.startsWith("application/json") || type.startsWith("text/plain")
                || type.startsWith("text/html"))) {
            json(exchange, 415, ApiError.of(415, "unsupported_media_type", "cannot read " + type));
        } else {
            json(exchange, 202, ArticleAccepted.of("art-" + Integer.toHexString(body.hashCode())));
            onAccepted.accept(r);
        }
    }
}

package io.eventline.gateway.fakes;

import com.sun.net.httpserver.HttpExchange;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.ApiError;
import io.eventline.contracts.api.ArticlePage;
import io.eventline.contracts.api.ArticleView;
import io.eventline.contracts.api.TimelinePage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * timeline-service's internal API over real HTTP, with just enough behaviour for the gateway's tests: type filter,
 * offset cursors, merged ids, the change log. Every query string it receives is recorded.
 */
public class FakeTimelineService extends FakeHttpServer {
    public final List<TimelineEvent> events = new CopyOnWriteArrayList<>();
    public final Map<String, String> mergedInto = new ConcurrentHashMap<>();
    public final List<EventChange> changes = new CopyOnWriteArrayList<>();
    public final Map<String, ArticleView> articles = new ConcurrentHashMap<>();
    public final List<String> timelineQueries = new CopyOnWriteArrayList<>();
    public final List<String> changeQueries = new CopyOnWriteArrayList<>();

    public void reset() {
        events.clear();
        mergedInto.clear();
        changes.clear();
        articles.clear();
        timelineQueries.clear();
        changeQueries.clear();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, List<String>> params = query(exchange.getRequestURI().getRawQuery());
        if (path.equals("/q/health/live")) {
            json(exchange, 200, Map.of("status", "UP"));
        } else if (path.equals("/api/timeline")) {
            timelineQueries.add(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
            timeline(exchange, params);
        } else if (path.startsWith("/api/events/")) {
            event(exchange, path.substring("/api/events/".length()));
        } else if (path.equals("/api/changes")) {
            changeQueries.add(exchange.getRequestURI().getRawQuery());
            long after = Long.parseLong(first(params, "after"));
            int limit = Integer.parseInt(first(params, "limit"));
            json(exchange, 200, changes.stream().filter(c -> c.sequence() > after)
                    .sorted(Comparator.comparingLong(EventChange::sequence)).limit(limit).toList());
        } else if (path.startsWith("/api/articles/")) {
            ArticleView article = articles.get(path.substring("/api/articles/".length()));
            if (article == null) {
                json(exchange, 404, ApiError.of(404, "not_found", "no article " + path));
            } else {
                json(exchange, 200, article);
            }
        } else if (path.equals("/api/articles")) {
            json(exchange, 200, new ArticlePage(new ArrayList<>(articles.values()), null));
        } else {
            json(exchange, 404, ApiError.of(404, "not_found", "fake timeline-service has no " + path));
        }
    }

    private void timeline(HttpExchange exchange, Map<String, List<String>> params) throws IOException {
        if ("reject-me".equals(first(params, "actor"))) {
            json(exchange, 400, new ApiError(400, "bad_parameter", "timeline-service rejects this actor", "actor"));
            return;
        }
        Set<String> types = params.getOrDefault("type", List.of()).stream()
                .flatMap(t -> Arrays.stream(t.split(","))).collect(Collectors.toSet());
        List<TimelineEvent> matching = events.stream()
                .filter(e -> types.isEmpty() || types.contains(e.type().name())).toList();
        int limit = first(params, "limit") == null ? 50 : Integer.parseInt(first(params, "limit"));
        int offset = first(params, "cursor") == null ? 0 : Integer.parseInt(first(params, "cursor").substring(1));
        int end = Math.min(matching.size(), offset + limit);
        String next = end < matching.size() ? "o" + end : null;
        json(exchange, 200, new TimelinePage(matching.subList(Math.min(offset, end), end), next));
    }

    private void event(HttpExchange exchange, String id) throws IOException {
        if (id.equals("boom")) {
            send(exchange, 500, "text/plain", "java.lang.NullPointerException at somewhere");
            return;
        }
        if (mergedInto.containsKey(id)) {
            json(exchange, 404, ApiError.of(404, "merged", "event " + id + " was merged into " + mergedInto.get(id)));
            return;
        }
        TimelineEvent event = events.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        if (event == null) {
            json(exchange, 404, ApiError.of(404, "not_found", "no event " + id));
        } else {
            json(exchange, 200, event);
        }
    }
}

package io.eventline.gateway.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventline.contracts.EventChange;
import io.eventline.gateway.client.TimelineClient;
import io.eventline.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;

/** Fetches, page by page, the changes a reconnecting SSE client missed, from timeline-service's change log. */
@ApplicationScoped
public class ChangeReplay {
    static final int PAGE_SIZE = 500;
    private static final TypeReference<List<EventChange>> CHANGES = new TypeReference<>() {
    };

    private final TimelineClient timeline;
    private final ObjectMapper mapper;
    private final int max;

    public ChangeReplay(@RestClient TimelineClient timeline, ObjectMapper mapper, GatewayConfig config) {
        this.timeline = timeline;
        this.mapper = mapper;
        this.max = config.stream().replayMax();
    }

    public Uni<ReplayResult> after(long sequence) {
        return page(sequence, new ArrayList<>());
    }

    private Uni<ReplayResult> page(long after, List<EventChange> collected) {
        return timeline.changes(after, PAGE_SIZE)
                .onFailure().transform(e -> Downstreams.translate(Downstreams.TIMELINE, e))
                .map(this::decode)
                .flatMap(page -> {
                    collected.addAll(page);
                    if (page.size() < PAGE_SIZE) {
                        return Uni.createFrom().item(new ReplayResult(collected, false));
                    }
                    if (collected.size() >= max) {
                        return Uni.createFrom().item(new ReplayResult(collected, true));
                    }
                    long last = page.get(page.size() - 1).sequence();
                    if (last <= after) {
                        throw new IllegalStateException("timeline-service change log did not advance after " + after);
                    }
                    return page(last, collected);
                });
    }

    private List<EventChange> decode(Response response) {
        try (response) {
            String body = response.readEntity(String.class);
            if (response.getStatus() != 200) {
                throw new IllegalStateException("timeline-service answered " + response.getStatus() + " to /api/changes");
            }
            List<EventChange> changes = mapper.readValue(body, CHANGES);
            return changes.stream().sorted((a, b) -> Long.compare(a.sequence(), b.sequence())).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable /api/changes answer: " + e.getMessage(), e);
        }
    }
}

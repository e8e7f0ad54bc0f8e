package io.eventline.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.TimelinePage;
import io.eventline.gateway.client.TimelineClient;
import io.eventline.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the whole filtered timeline for an export by walking timeline-service's pages, up to
 * {@code eventline.export.max-events}. A downstream error answer is raised as {@link DownstreamErrorException}
 * so that the client sees timeline-service's own ApiError.
 */
@ApplicationScoped
public class TimelineExporter {
    /** The events of an export, in timeline order, and whether the cap cut the timeline short. */
    public record Export(List<TimelineEvent> events, boolean truncated) {
    }

    private final TimelineClient timeline;
    private final ObjectMapper mapper;
    private final int maxEvents;

    public TimelineExporter(@RestClient TimelineClient timeline, ObjectMapper mapper, GatewayConfig config) {
        this.timeline = timeline;
        this.mapper = mapper;
        this.maxEvents = config.export().maxEvents();
    }

    public Export collect(TimelineQuery query) {
        List<TimelineEvent> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        do {
            int pageSize = Math.min(TimelineQuery.MAX_LIMIT, maxEvents - events.size() + 1);
            TimelinePage page = fetch(query.page(pageSize, cursor));
            for (TimelineEvent event : page.events() == null ? List.<TimelineEvent>of() : page.events()) {
                if (event != null && seen.add(event.id())) {
                    if (events.size() == maxEvents) {
                        return new Export(events, true);
                    }
                    events.add(event);
                }
            }
            cursor = page.nextCursor();
            if (cursor != null && !cursors.add(cursor)) {
                throw new IllegalStateException("timeline-service returned the cursor '" + cursor + "' twice");
            }
        } while (cursor != null);
        return new Export(events, false);
    }

    private TimelinePage fetch(TimelineQuery q) {
        Response response = Downstreams.response(Downstreams.TIMELINE, () -> timeline.timeline(
                q.from() == null ? null : q.from().toString(), q.to() == null ? null : q.to().toString(),
                q.typeNames(), q.actor(), q.location(), q.q(), q.statusName(), q.minSources(), q.limit(), q.cursor()));
        try (response) {
            String body = response.readEntity(String.class);
            if (response.getStatus() != 200) {
                throw new DownstreamErrorException(Downstreams.TIMELINE, response.getStatus(), body);
            }
            return mapper.readValue(body, TimelinePage.class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable timeline page from timeline-service: " + e.getMessage(), e);
        }
    }
}

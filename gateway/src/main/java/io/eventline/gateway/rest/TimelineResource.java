package io.eventline.gateway.rest;

import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.ApiError;
import io.eventline.contracts.api.TimelinePage;
import io.eventline.gateway.client.TimelineClient;
import io.eventline.gateway.service.Downstreams;
import io.eventline.gateway.service.ProxyResponses;
import io.eventline.gateway.service.TimelineQuery;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The timeline and single events, validated here and served by timeline-service. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline")
public class TimelineResource {
    private final TimelineClient timeline;
    private final ProxyResponses proxy;

    public TimelineResource(@RestClient TimelineClient timeline, ProxyResponses proxy) {
        this.timeline = timeline;
        this.proxy = proxy;
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "The timeline: events in date order (undated last), filtered, one page at a time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(responseCode = "400", description = "Bad parameter", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "timeline-service unavailable", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response timeline(@BeanParam TimelineParams filters,
                             @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
                             @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        TimelineQuery q = filters.toQuery(limit, cursor);
        return proxy.relay(Downstreams.TIMELINE, Downstreams.response(Downstreams.TIMELINE, () -> timeline.timeline(
                q.from() == null ? null : q.from().toString(), q.to() == null ? null : q.to().toString(),
                q.typeNames(), q.actor(), q.location(), q.q(), q.statusName(), q.minSources(), q.limit(), q.cursor())));
    }

    @GET
    @Path("/events/{id}")
    @Operation(summary = "One event with all its sources and evidence sentences",
            description = "404 with error 'not_found' when unknown; when the event was merged into another one, "
                    + "timeline-service's answer (404 'merged' naming the surviving id, or a redirect) is relayed as is.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimelineEvent.class)))
    @APIResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response event(@PathParam("id") String id) {
        return proxy.relay(Downstreams.TIMELINE, Downstreams.response(Downstreams.TIMELINE, () -> timeline.event(id)));
    }
}

package io.eventline.timeline.rest;

import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.ApiError;
import io.eventline.timeline.repository.TimelineQueryRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events", description = "Single timeline events with all their sources")
public class EventResource {

    @Inject
    TimelineQueryRepository timeline;

    @GET
    @Path("/{id}")
    @Operation(summary = "One event with every supporting article and sentence",
            description = "When the id belonged to an event that was later merged into another (two reports of "
                    + "one happening), the answer is 404 with error \"merged\", the surviving id in the message, "
                    + "in the X-Eventline-Merged-Into header and in a Link rel=canonical header. A 404 rather "
                    + "than a redirect, because the old id is gone for good and clients (the gateway, SSE "
                    + "consumers) should replace it rather than silently follow.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimelineEvent.class)))
    @APIResponse(responseCode = "404", description = "Unknown id (error not_found) or merged away (error merged)",
            headers = @Header(name = ApiExceptionMappers.MERGED_INTO_HEADER, description = "surviving event id"),
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public TimelineEvent event(@PathParam("id") String id) {
        String checked = RequestParameters.id(id);
        return timeline.findEvent(checked).orElseThrow(() -> timeline.mergedInto(checked)
                .map(survivor -> ResourceNotFoundException.merged(checked, survivor))
                .orElseGet(() -> ResourceNotFoundException.unknown("event", checked)));
    }
}

package io.eventline.timeline.rest;

import io.eventline.contracts.EventChange;
import io.eventline.contracts.api.ApiError;
import io.eventline.timeline.repository.TimelineChangeQueryRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "changes", description = "The timeline's change log, for resuming a change stream")
public class ChangeResource {

    @Inject
    TimelineChangeQueryRepository changes;

    @GET
    @Operation(summary = "Changes with a sequence greater than after, oldest first",
            description = "The gateway uses this to replay /api/stream after a Last-Event-ID. A change whose "
                    + "writing transaction may still be committing (a gap in the sequence younger than a few "
                    + "seconds) ends the list early; ask again from the last sequence received.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventChange.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<EventChange> changes(
            @Parameter(description = "Last sequence already seen (0 = from the start)") @QueryParam("after") String after,
            @Parameter(description = "At most this many changes, 1-1000 (default 100)") @QueryParam("limit") String limit) {
        long from = after == null || after.isBlank() ? 0 : RequestParameters.longValue("after", after, 0);
        int size = limit == null || limit.isBlank() ? TimelineChangeQueryRepository.DEFAULT_LIMIT
                : RequestParameters.integer("limit", limit, 1, TimelineChangeQueryRepository.MAX_LIMIT);
        return changes.after(from, size);
    }
}

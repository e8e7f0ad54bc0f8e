package io.eventline.timeline.rest;

import io.eventline.contracts.api.ApiError;
import io.eventline.contracts.api.TimelinePage;
import io.eventline.timeline.repository.TimelineQueryRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "timeline", description = "The ordered, deduplicated timeline of real-world events")
public class TimelineResource {

    @Inject
    TimelineQueryRepository timeline;

    @GET
    @Operation(summary = "One page of the timeline",
            description = "Events in chronological order (date ascending, then id); undated events come last and "
                    + "only when neither from nor to is given. Filters combine with AND; repeated values of type "
                    + "and status combine with OR, repeated actor / location values with AND. Follow nextCursor "
                    + "for the next page: pages stay stable while new events arrive.")
    @APIResponse(responseCode = "200", description = "A page of events with their sources",
            content = @Content(schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; field names it",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public TimelinePage timeline(
            @Parameter(description = "ISO date; events whose [date, dateEnd] ends on or after it", example = "2015-11-13")
            @QueryParam("from") String from,
            @Parameter(description = "ISO date; events whose [date, dateEnd] starts on or before it", example = "2015-11-30")
            @QueryParam("to") String to,
            @Parameter(description = "Event type(s), repeated or comma-separated, e.g. RAID,ARREST")
            @QueryParam("type") List<String> type,
            @Parameter(description = "Actor name, case-insensitive exact match (repeat to require several)")
            @QueryParam("actor") List<String> actor,
            @Parameter(description = "Location name, case-insensitive exact match (repeat to require several)")
            @QueryParam("location") List<String> location,
            @Parameter(description = "Full-text search over titles and evidence sentences (web-search syntax: "
                    + "words, \"quoted phrases\", or, -excluded)")
            @QueryParam("q") String q,
            @Parameter(description = "OCCURRED or PLANNED (repeated or comma-separated)")
            @QueryParam("status") List<String> status,
            @Parameter(description = "Only events supported by at least this many sources")
            @QueryParam("minSources") String minSources,
            @Parameter(description = "Page size, 1-500 (default 50)")
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page")
            @QueryParam("cursor") String cursor) {
        return timeline.page(RequestParameters.timeline(from, to, type, actor, location, q, status, minSources,
                limit, cursor));
    }
}

package io.eventline.gateway.rest;

import io.eventline.gateway.service.TimelineQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The timeline filters as query parameters; the same set on the timeline, the exports and the stream. */
public class TimelineParams {
    @QueryParam("from")
    @Parameter(description = "ISO date; events whose [date, dateEnd] overlaps [from, to]. With from/to, undated events are left out.", example = "2015-11-13")
    public String from;

    @QueryParam("to")
    @Parameter(description = "ISO date, inclusive", example = "2015-11-30")
    public String to;

    @QueryParam("type")
    @Parameter(description = "event type(s): repeat the parameter or give a comma list, e.g. ATTACK,AIRSTRIKE")
    public List<String> type;

    @QueryParam("actor")
    @Parameter(description = "an actor of the event, whole name, case-insensitive, e.g. France")
    public String actor;

    @QueryParam("location")
    @Parameter(description = "a place of the event, whole name, case-insensitive, e.g. Paris")
    public String location;

    @QueryParam("q")
    @Parameter(description = "free text over title and evidence: PostgreSQL full-text search (web-search syntax) on the timeline; a case-insensitive substring on the stream")
    public String q;

    @QueryParam("status")
    @Parameter(description = "OCCURRED or PLANNED")
    public String status;

    @QueryParam("minSources")
    @Parameter(description = "only events reported by at least this many articles")
    public String minSources;

    public TimelineQuery toQuery(String limit, String cursor) {
        return TimelineQuery.parse(from, to, type, actor, location, q, status, minSources, limit, cursor);
    }
}

package io.eventline.gateway.rest;

import io.eventline.gateway.export.CsvExport;
import io.eventline.gateway.export.IcsExport;
import io.eventline.gateway.export.TimelineJsExport;
import io.eventline.gateway.service.TimelineExporter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/**
 * The filtered timeline as files. Each export walks every page up to {@code eventline.export.max-events}
 * (default 5000); a cut export carries {@code X-Eventline-Truncated: true}.
 */
@Path("/api")
@Tag(name = "Exports")
public class ExportResource {
    static final String TRUNCATED = "X-Eventline-Truncated";
    private static final String CSV = "text/csv; charset=utf-8; header=present";
    private static final String ICS = "text/calendar; charset=utf-8";

    private final TimelineExporter exporter;

    public ExportResource(TimelineExporter exporter) {
        this.exporter = exporter;
    }

    @GET
    @Path("/timeline.csv")
    @Operation(summary = "The filtered timeline as RFC 4180 CSV, one row per event")
    public Response csv(@BeanParam TimelineParams filters) {
        TimelineExporter.Export export = exporter.collect(filters.toQuery(null, null));
        return file(CsvExport.render(export.events()), CSV, "eventline-timeline.csv", export.truncated());
    }

    @GET
    @Path("/timeline/timelinejs")
    @Operation(summary = "The filtered timeline as Knight Lab TimelineJS3 JSON (undated events listed on the title slide)")
    public Response timelineJs(@BeanParam TimelineParams filters) {
        TimelineExporter.Export export = exporter.collect(filters.toQuery(null, null));
        return Response.ok(TimelineJsExport.render("Eventline timeline", export.events()), MediaType.APPLICATION_JSON_TYPE)
                .header(TRUNCATED, export.truncated()).build();
    }

    @GET
    @Path("/timeline.ics")
    @Operation(summary = "The filtered timeline as an iCalendar file (RFC 5545), one all-day VEVENT per dated event")
    public Response ics(@BeanParam TimelineParams filters) {
        TimelineExporter.Export export = exporter.collect(filters.toQuery(null, null));
        return file(IcsExport.render("Eventline timeline", export.events(), Instant.now()), ICS,
                "eventline-timeline.ics", export.truncated());
    }

    private static Response file(String body, String type, String name, boolean truncated) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(TRUNCATED, truncated)
                .build();
    }
}

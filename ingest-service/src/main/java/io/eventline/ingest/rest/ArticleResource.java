package io.eventline.ingest.rest;

import io.eventline.contracts.api.ApiError;
import io.eventline.contracts.api.ArticleAccepted;
import io.eventline.ingest.config.IngestConfig;
import io.eventline.ingest.service.IngestService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Locale;

/** {@code POST /api/articles}: the only way articles enter Eventline. */
@Path("/api/articles")
public class ArticleResource {

    private final IngestService ingest;
    private final SubmissionReader reader;

    @Inject
    public ArticleResource(IngestService ingest, IngestConfig config) {
        this.ingest = ingest;
        this.reader = new SubmissionReader(config.maxBodyBytes());
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking // parsing is CPU work and the answer waits for the Kafka acknowledgement
    @Operation(summary = "Submit a news article",
            description = "JSON ArticleSubmission (exactly one of text or html), or a raw text/plain or text/html body "
                    + "with optional title, source, url, publishedAt query parameters. Answers 202 only after Kafka "
                    + "acknowledged the parsed article; the same article sent twice gets the same id.")
    @APIResponse(responseCode = "202", description = "Accepted and stored in Kafka",
            content = @Content(schema = @Schema(implementation = ArticleAccepted.class)))
    @APIResponse(responseCode = "400", description = "empty_body, malformed_json, invalid_field, bad_published_at",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "too_large: body over eventline.ingest.max-body-bytes",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "415", description = "unsupported_media_type",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "no_text: nothing but boilerplate",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "kafka_unavailable: not acknowledged in time, retry later",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response submit(byte[] body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(description = "headline of a raw body") @QueryParam("title") String title,
                           @Parameter(description = "outlet of a raw body") @QueryParam("source") String source,
                           @Parameter(description = "address of a raw body") @QueryParam("url") String url,
                           @Parameter(description = "ISO-8601 date or date-time of a raw body")
                           @QueryParam("publishedAt") String publishedAt) {
        MediaType type = MediaType.valueOf(contentType);
        String mediaType = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        var raw = reader.read(body, mediaType, type.getParameters().get(MediaType.CHARSET_PARAMETER),
                new SubmissionReader.QueryMetadata(title, source, url, publishedAt));
        return Response.accepted(ingest.ingest(raw)).build();
    }
}

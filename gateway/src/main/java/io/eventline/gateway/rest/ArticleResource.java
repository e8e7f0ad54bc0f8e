package io.eventline.gateway.rest;

import io.eventline.contracts.api.ApiError;
import io.eventline.contracts.api.ArticleAccepted;
import io.eventline.contracts.api.ArticlePage;
import io.eventline.contracts.api.ArticleSubmission;
import io.eventline.contracts.api.ArticleView;
import io.eventline.gateway.client.IngestClient;
import io.eventline.gateway.client.TimelineClient;
import io.eventline.gateway.service.BadParameterException;
import io.eventline.gateway.service.Downstreams;
import io.eventline.gateway.service.ProxyResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Article submission (forwarded to ingest-service) and article status (from timeline-service). */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {
    private final IngestClient ingest;
    private final TimelineClient timeline;
    private final ProxyResponses proxy;

    public ArticleResource(@RestClient IngestClient ingest, @RestClient TimelineClient timeline, ProxyResponses proxy) {
        this.ingest = ingest;
        this.timeline = timeline;
        this.proxy = proxy;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit a news article",
            description = "Forwarded unchanged (content type, body, query parameters) to ingest-service. JSON: an "
                    + "ArticleSubmission with exactly one of text/html. text/plain or text/html: the article itself, "
                    + "with title, source, url and publishedAt as query parameters. Needs an API key.")
    @SecurityRequirement(name = "apiKey")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleSubmission.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "202", description = "Accepted; the article will be processed",
            content = @Content(schema = @Schema(implementation = ArticleAccepted.class)))
    @APIResponse(responseCode = "400", description = "Empty or invalid article", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No API key", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Unknown API key", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "415", description = "Unsupported content type", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Write rate limit reached; see Retry-After", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "ingest-service unavailable", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            return Response.status(415).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(415,
                    "unsupported_media_type", "send the article as application/json, text/plain or text/html")).build();
        }
        Response answer = Downstreams.response(Downstreams.INGEST, () -> ingest.submit(contentType,
                MediaType.APPLICATION_JSON, uri.getQueryParameters(), body == null ? new byte[0] : body));
        return proxy.relay(Downstreams.INGEST, answer);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article's processing status and the timeline events it supports")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response article(@PathParam("id") String id) {
        return proxy.relay(Downstreams.TIMELINE, Downstreams.response(Downstreams.TIMELINE, () -> timeline.article(id)));
    }

    @GET
    @Operation(summary = "Articles, newest received first, one page at a time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    public Response articles(@Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
                             @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Integer pageSize = null;
        if (limit != null && !limit.isBlank()) {
            try {
                pageSize = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new BadParameterException("limit", "'limit' must be an integer, got '" + limit + "'");
            }
            if (pageSize < 1 || pageSize > 500) {
                throw new BadParameterException("limit", "'limit' must be between 1 and 500, got " + pageSize);
            }
        }
        Integer size = pageSize;
        String after = cursor == null || cursor.isBlank() ? null : cursor;
        return proxy.relay(Downstreams.TIMELINE, Downstreams.response(Downstreams.TIMELINE, () -> timeline.articles(size, after)));
    }
}

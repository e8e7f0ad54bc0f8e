package io.eventline.timeline.rest;

import io.eventline.contracts.api.ApiError;
import io.eventline.contracts.api.ArticlePage;
import io.eventline.contracts.api.ArticleView;
import io.eventline.timeline.repository.TimelineArticleQueryRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Articles as the timeline consumed them, with the events they support")
public class ArticleResource {

    @Inject
    TimelineArticleQueryRepository articles;

    @GET
    @Operation(summary = "Consumed articles, newest received first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ArticlePage list(
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        int size = limit == null || limit.isBlank() ? TimelineArticleQueryRepository.DEFAULT_LIMIT
                : RequestParameters.integer("limit", limit, 1, TimelineArticleQueryRepository.MAX_LIMIT);
        return articles.page(size, RequestParameters.articleCursor(cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article: its processing status and the ids of the events it supports")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ArticleView article(@PathParam("id") String id) {
        String checked = RequestParameters.id(id);
        return articles.findArticle(checked)
                .orElseThrow(() -> ResourceNotFoundException.unknown("article", checked));
    }
}

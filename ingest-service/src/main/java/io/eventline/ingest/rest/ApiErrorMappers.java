package io.eventline.ingest.rest;

import io.eventline.contracts.api.ApiError;
import io.eventline.ingest.service.IngestMetrics;
import io.eventline.ingest.service.InvalidSubmissionException;
import io.eventline.ingest.service.PublishFailedException;
import io.eventline.nlp.article.ArticleRejectedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as an {@link ApiError} JSON body: Quarkus' default HTML or empty bodies never reach clients. */
public class ApiErrorMappers {
    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);
    /** Seconds a client should wait before retrying after a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    IngestMetrics metrics;

    @ServerExceptionMapper
    public Response invalidSubmission(InvalidSubmissionException e) {
        metrics.rejected(e.code());
        return json(new ApiError(e.status(), e.code(), e.getMessage(), e.field()));
    }

    /** no_text is well-formed but unusable (422); a bad publishedAt is a bad field (400). The service counts these. */
    @ServerExceptionMapper
    public Response articleRejected(ArticleRejectedException e) {
        int status = ArticleRejectedException.BAD_PUBLISHED_AT.equals(e.code()) ? 400 : 422;
        return json(new ApiError(status, e.code(), e.getMessage(), e.field()));
    }

    @ServerExceptionMapper
    public Response publishFailed(PublishFailedException e) {
        return Response.fromResponse(json(ApiError.of(503, "kafka_unavailable",
                        "the article could not be stored, nothing was accepted; retry later (" + e.getMessage() + ")")))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** 404, 405, 406, 415 and the other errors JAX-RS raises itself. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = HttpErrors.code(status);
        if (status == 415) {
            metrics.rejected(code);
        }
        return json(ApiError.of(status, code, HttpErrors.message(status, e.getMessage())));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return json(ApiError.of(500, "internal_error", "unexpected server error; see the service log"));
    }

    private static Response json(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}

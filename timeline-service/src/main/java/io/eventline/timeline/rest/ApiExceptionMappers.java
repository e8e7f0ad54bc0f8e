package io.eventline.timeline.rest;

import io.eventline.contracts.api.ApiError;
import io.eventline.timeline.repository.TimelineQueryException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a JSON {@link ApiError} with the matching status, so that no HTML error page or stack
 * trace ever reaches a client (the gateway passes these bodies through unchanged).
 */
public class ApiExceptionMappers {

    /** Header naming the event a merged-away id now lives on (also given in the message and a Link header). */
    public static final String MERGED_INTO_HEADER = "X-Eventline-Merged-Into";

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return json(new ApiError(400, "invalid_parameter", e.getMessage(), e.parameter())).build();
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e) {
        Response.ResponseBuilder response = json(new ApiError(404, e.error(), e.getMessage(), e.parameter()));
        if (e.mergedInto() != null) {
            response.header(MERGED_INTO_HEADER, e.mergedInto())
                    .header("Link", "</api/events/" + e.mergedInto() + ">; rel=\"canonical\"");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response databaseUnavailable(TimelineQueryException e) {
        LOG.error("timeline read query failed", e);
        return json(ApiError.of(503, "store_unavailable", "The timeline store could not answer; retry later"))
                .build();
    }

    /** JAX-RS's own errors (unknown path 404, 405, 406, ...) keep their status but get a JSON body. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String error = known == null ? "http_" + status : known.name().toLowerCase();
        return json(ApiError.of(status, error, e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error answering a timeline request", e);
        return json(ApiError.of(500, "internal_error", "Unexpected error")).build();
    }

    private static Response.ResponseBuilder json(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error);
    }
}

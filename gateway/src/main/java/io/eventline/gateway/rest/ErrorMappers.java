package io.eventline.gateway.rest;

import io.eventline.contracts.api.ApiError;
import io.eventline.gateway.service.BadParameterException;
import io.eventline.gateway.service.DownstreamErrorException;
import io.eventline.gateway.service.DownstreamUnavailableException;
import io.eventline.gateway.service.ProxyResponses;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** Every error leaves the gateway as JSON {@link ApiError}, whatever raised it. */
public class ErrorMappers {
    private static final Map<Integer, String> CODES = Map.of(
            400, "bad_request", 401, "unauthorized", 403, "forbidden", 404, "not_found",
            405, "method_not_allowed", 406, "not_acceptable", 413, "payload_too_large",
            415, "unsupported_media_type", 429, "rate_limited", 503, "service_unavailable");
    /** Seconds a client should wait before retrying when a downstream service is down. */
    static final int DOWNSTREAM_RETRY_AFTER = 5;

    private final ProxyResponses proxy;

    public ErrorMappers(ProxyResponses proxy) {
        this.proxy = proxy;
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        return json(400, new ApiError(400, "bad_parameter", e.getMessage(), e.field()));
    }

    @ServerExceptionMapper
    public Response downstreamUnavailable(DownstreamUnavailableException e) {
        Log.warnf("%s", e.getMessage());
        if (e.timedOut()) {
            return json(504, ApiError.of(504, "gateway_timeout", e.service() + " did not answer in time"));
        }
        return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.RETRY_AFTER, DOWNSTREAM_RETRY_AFTER)
                .entity(ApiError.of(503, "service_unavailable", e.service() + " is unavailable, try again shortly"))
                .build();
    }

    @ServerExceptionMapper
    public Response downstreamError(DownstreamErrorException e) {
        return proxy.error(e.service(), e.status(), e.body());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            Log.error("request failed", e);
            return json(status, ApiError.of(status, "internal_error", "the gateway failed to handle the request"));
        }
        Response.ResponseBuilder out = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(status, CODES.getOrDefault(status, "client_error"), message(e, status)));
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            out.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return out.build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        Log.error("unexpected failure", e);
        return json(500, ApiError.of(500, "internal_error", "the gateway failed to handle the request"));
    }

    private static String message(WebApplicationException e, int status) {
        String m = e.getMessage();
        if (m == null || m.isBlank() || m.startsWith("HTTP ")) {
            return switch (status) {
                case 404 -> "no such resource";
                case 405 -> "this method is not allowed here";
                case 415 -> "unsupported content type";
                case 406 -> "cannot produce the requested media type";
                default -> "bad request";
            };
        }
        return m;
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}

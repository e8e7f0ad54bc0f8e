package io.eventline.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventline.contracts.api.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Relays a downstream answer to the public client. Successes and 4xx go through as they are (status, JSON body,
 * Location/Retry-After); a 4xx without an ApiError body gets one; a downstream 5xx becomes 502 (503 stays 503)
 * because the fault is behind the gateway, not in the request.
 */
@ApplicationScoped
public class ProxyResponses {
    private static final List<String> RELAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
            HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG);
    private static final int MAX_QUOTED_BODY = 300;

    private final ObjectMapper mapper;

    public ProxyResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response relay(String service, Response downstream) {
        try {
            int status = downstream.getStatus();
            String body = downstream.hasEntity() ? downstream.readEntity(String.class) : null;
            if (status < 400) {
                Response.ResponseBuilder out = Response.status(status);
                if (body != null && !body.isEmpty()) {
                    MediaType type = downstream.getMediaType() != null ? downstream.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
                    out.entity(body).type(type);
                }
                copyHeaders(downstream, out);
                return out.build();
            }
            ApiError error = apiError(body);
            int publicStatus = status >= 500 && status != 503 ? 502 : status;
            if (error == null) {
                error = status >= 500
                        ? new ApiError(publicStatus, status == 503 ? "service_unavailable" : "bad_gateway",
                        service + " answered " + status + quote(body), null)
                        : new ApiError(status, "downstream_rejected", service + " answered " + status + quote(body), null);
            } else if (publicStatus != status) {
                error = new ApiError(publicStatus, "bad_gateway", service + " failed (" + status + "): " + error.message(), error.field());
            }
            Response.ResponseBuilder out = Response.status(publicStatus).entity(error).type(MediaType.APPLICATION_JSON_TYPE);
            copyHeaders(downstream, out);
            return out.build();
        } finally {
            downstream.close();
        }
    }

    /** The public answer for a downstream error status and body met while the gateway needed the data itself. */
    public Response error(String service, int status, String body) {
        return relay(service, Response.status(status).entity(body == null ? "" : body)
                .type(MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** The body as an ApiError when it is one (has an {@code error} code), else null. */
    public ApiError apiError(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node != null && node.isObject() && node.hasNonNull("error")) {
                return mapper.treeToValue(node, ApiError.class);
            }
        } catch (Exception notJson) {
            // a plain-text or HTML error page: the caller wraps it
        }
        return null;
    }

    private static void copyHeaders(Response from, Response.ResponseBuilder to) {
        for (String name : RELAYED_HEADERS) {
            String value = from.getHeaderString(name);
            if (value != null) {
                to.header(name, value);
            }
        }
    }

    private static String quote(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return ": " + (oneLine.length() > MAX_QUOTED_BODY ? oneLine.substring(0, MAX_QUOTED_BODY) + "…" : oneLine);
    }
}

package io.eventline.gateway.rest;

import io.eventline.contracts.Json;
import io.eventline.contracts.api.ApiError;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Requests no route handled (neither a REST resource, a static file nor a /q endpoint) end here, so that an
 * unknown path is a JSON 404 ApiError like every other error, instead of the default HTML page.
 */
@ApplicationScoped
public class UnknownPathHandler {
    private static final String BODY = serialize(ApiError.of(404, "not_found", "no such resource"));

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            ctx.response().setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(BODY);
        });
    }

    private static String serialize(ApiError error) {
        try {
            return Json.mapper().writeValueAsString(error);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

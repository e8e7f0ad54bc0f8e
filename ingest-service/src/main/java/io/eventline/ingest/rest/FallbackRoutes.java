package io.eventline.ingest.rest;

import io.eventline.contracts.Json;
import io.eventline.contracts.api.ApiError;
import io.eventline.ingest.config.IngestConfig;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests that never reach a JAX-RS resource (unknown paths, bodies over Quarkus' own HTTP limit) would otherwise
 * get Vert.x's empty or HTML answers; these routes answer with an {@link ApiError} like the rest of the API.
 */
@ApplicationScoped
public class FallbackRoutes {

    private final SubmissionReader limits;
    /** Quarkus' own body limit: above it Vert.x would answer an empty 413 before any resource runs. */
    private final long httpLimit;

    public FallbackRoutes(IngestConfig config,
                          @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize httpLimit) {
        this.limits = new SubmissionReader(config.maxBodyBytes());
        this.httpLimit = httpLimit.asLongValue();
    }

    void install(@Observes Router router) {
        // before Quarkus' body handler, which answers bodies over its own limit with an empty 413
        router.route().order(Integer.MIN_VALUE).handler(this::refuseDeclaredOversizeBody);
        router.route().last().handler(ctx -> write(ctx, 404));
        router.route().failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (ctx.response().ended() || ctx.response().headWritten() || (status != 413 && status != 404)) {
                ctx.next();
                return;
            }
            write(ctx, status);
        });
    }

    /**
     * A body declared larger than Quarkus' own limit is refused here, with our JSON, before Vert.x answers an empty
     * 413. Smaller bodies over eventline.ingest.max-body-bytes are read and refused by the resource, so that the
     * client gets the answer on an open connection.
     */
    private void refuseDeclaredOversizeBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        long declared = -1;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException ignored) {
            // let the normal handlers answer malformed headers
        }
        if (declared > httpLimit) {
            var error = limits.tooLarge(declared);
            ctx.response().putHeader("Connection", "close");
            writeError(ctx, ApiError.of(413, error.code(), error.getMessage()));
            return;
        }
        ctx.next();
    }

    private static void write(RoutingContext ctx, int status) {
        writeError(ctx, ApiError.of(status, HttpErrors.code(status), HttpErrors.message(status, null)));
    }

    private static void writeError(RoutingContext ctx, ApiError error) {
        int status = error.status();
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        String body;
        try {
            body = Json.mapper().writeValueAsString(error);
        } catch (Exception e) {
            body = "{\"status\":" + status + ",\"error\":\"" + HttpErrors.code(status) + "\"}";
        }
        response.setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
    }
}

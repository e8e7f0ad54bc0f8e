package io.eventline.gateway.security;

import io.eventline.contracts.api.ApiError;
import io.eventline.gateway.config.GatewayConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * API-key check on writes (and on reads when {@code eventline.read-requires-key}), then the per-key write rate
 * limit. Application-scoped (so created on first use, after runtime configuration is there) and applied by
 * {@link AccessFilter}.
 */
@ApplicationScoped
public class AccessPolicy {
    static final String REALM = "Bearer realm=\"eventline\"";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** EventSource cannot send headers, so a GET may carry the key as a query parameter. */
    static final String QUERY_KEY = "api_key";

    private final ApiKeys keys;
    private final boolean readRequiresKey;
    private final TokenBucketRateLimiter writeLimiter;

    @Inject
    public AccessPolicy(GatewayConfig config) {
        this(config.apiKeys().orElse(List.of()), config.readRequiresKey(), config.rateLimit().writesPerMinute(),
                System::nanoTime);
    }

    AccessPolicy(List<String> apiKeys, boolean readRequiresKey, int writesPerMinute, LongSupplier nanoClock) {
        this.keys = new ApiKeys(apiKeys);
        this.readRequiresKey = readRequiresKey;
        this.writeLimiter = new TokenBucketRateLimiter(writesPerMinute, nanoClock);
        if (keys.isEmpty()) {
            Log.warn("eventline.api-keys is empty: every write (POST /api/articles) will be refused");
        } else if (LaunchMode.current() == LaunchMode.NORMAL && keys.check("dev-key") == ApiKeys.Verdict.ACCEPTED) {
            Log.warn("the development API key 'dev-key' is accepted in production; set eventline.api-keys");
        }
    }

    /** The refusal to send, or null when the request may go on. */
    public Response check(ContainerRequestContext request) {
        return check(request.getMethod(), request.getHeaderString("X-API-Key"),
                request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getUriInfo().getQueryParameters().getFirst(QUERY_KEY));
    }

    Response check(String method, String xApiKey, String authorization, String queryKey) {
        boolean write = !READ_METHODS.contains(method);
        if (!write && !readRequiresKey) {
            return null;
        }
        String presented = ApiKeys.presented(xApiKey, authorization);
        if (presented == null && !write && queryKey != null && !queryKey.isBlank()) {
            presented = queryKey.trim();
        }
        switch (keys.check(presented)) {
            case MISSING:
                return error(Response.Status.UNAUTHORIZED, "missing_api_key",
                        "an API key is required: send it as 'X-API-Key: <key>' or 'Authorization: Bearer <key>'")
                        .header(HttpHeaders.WWW_AUTHENTICATE, REALM).build();
            case UNKNOWN:
                return error(Response.Status.FORBIDDEN, "invalid_api_key", "the API key is not valid").build();
            default:
                break;
        }
        if (!write) {
            return null;
        }
        TokenBucketRateLimiter.Decision decision = writeLimiter.tryAcquire(presented);
        if (!decision.allowed()) {
            return error(Response.Status.TOO_MANY_REQUESTS, "rate_limited",
                    "too many writes for this API key; retry in " + decision.retryAfterSeconds() + " s")
                    .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds()).build();
        }
        return null;
    }

    private static Response.ResponseBuilder error(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(status.getStatusCode(), code, message));
    }
}

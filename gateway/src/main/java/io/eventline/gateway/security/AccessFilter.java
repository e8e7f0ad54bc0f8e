package io.eventline.gateway.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the {@link AccessPolicy} to every REST request. Runs after resource matching, so unknown paths still get
 * their 404 and wrong methods their 405 rather than a 401.
 */
public class AccessFilter {
    private final AccessPolicy policy;

    public AccessFilter(AccessPolicy policy) {
        this.policy = policy;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        return policy.check(request);
    }
}

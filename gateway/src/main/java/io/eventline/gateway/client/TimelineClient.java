package io.eventline.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * timeline-service's internal API ({@code quarkus.rest-client.timeline.url}). Methods answer the raw
 * {@link Response} (the default exception mapper is off) so that downstream 4xx bodies reach the caller unchanged.
 * Every call here is a read, hence safe to retry on connection failures and timeouts.
 */
@RegisterRestClient(configKey = "timeline")
@Produces(MediaType.APPLICATION_JSON)
public interface TimelineClient {

    @GET
    @Path("/api/timeline")
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    Response timeline(@QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("type") List<String> type, @QueryParam("actor") String actor,
                      @QueryParam("location") String location, @QueryParam("q") String q,
                      @QueryParam("status") String status, @QueryParam("minSources") Integer minSources,
                      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/events/{id}")
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    Response event(@PathParam("id") String id);

    @GET
    @Path("/api/articles/{id}")
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    Response article(@PathParam("id") String id);

    @GET
    @Path("/api/articles")
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    Response articles(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    /** The change log after a sequence, ascending; non-blocking because the SSE stream runs on the event loop. */
    @GET
    @Path("/api/changes")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    Uni<Response> changes(@QueryParam("after") long after, @QueryParam("limit") int limit);

    @GET
    @Path("/q/health/live")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    Response live();
}

package io.eventline.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.temporal.ChronoUnit;

/**
 * ingest-service ({@code quarkus.rest-client.ingest.url}). A submission is not idempotent from the caller's point
 * of view (a retried POST after a lost answer could be a second submission), so it has a timeout but no retry.
 */
@RegisterRestClient(configKey = "ingest")
public interface IngestClient {

    /** Forwards the body bytes with the caller's content type and query parameters, untouched. */
    @POST
    @Path("/api/articles")
    @Consumes(MediaType.WILDCARD)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                    @HeaderParam(HttpHeaders.ACCEPT) String accept,
                    @RestQuery MultivaluedMap<String, String> query,
                    byte[] body);

    @GET
    @Path("/q/health/live")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    Response live();
}

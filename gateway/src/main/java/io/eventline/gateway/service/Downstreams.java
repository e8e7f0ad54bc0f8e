package io.eventline.gateway.service;

import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.util.function.Supplier;

/** Turns transport failures of a REST client call into one exception that names the service. */
public final class Downstreams {
    public static final String INGEST = "ingest-service";
    public static final String TIMELINE = "timeline-service";

    private Downstreams() {
    }

    /**
     * A call whose downstream answer is relayed whatever its status. The REST clients run without the default
     * exception mapper, but should one turn an error status into an exception anyway, its response is used.
     */
    public static jakarta.ws.rs.core.Response response(String service, Supplier<jakarta.ws.rs.core.Response> call) {
        try {
            return call.get();
        } catch (jakarta.ws.rs.WebApplicationException e) {
            if (e.getResponse() != null) {
                return e.getResponse();
            }
            throw translate(service, e);
        } catch (RuntimeException e) {
            throw translate(service, e);
        }
    }

    /** The gateway's view of a failed call; anything that is not a transport failure is returned unchanged. */
    public static RuntimeException translate(String service, Throwable e) {
        if (e instanceof TimeoutException) {
            return new DownstreamUnavailableException(service, true, e);
        }
        if (e instanceof ProcessingException || e instanceof CircuitBreakerOpenException
                || e instanceof java.net.ConnectException || e.getCause() instanceof java.net.ConnectException) {
            return new DownstreamUnavailableException(service, false, e);
        }
        return e instanceof RuntimeException re ? re : new RuntimeException(e);
    }
}

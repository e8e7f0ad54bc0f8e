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

    public static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
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

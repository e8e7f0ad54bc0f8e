package io.eventline.gateway.service;

/** A downstream service could not be reached or did not answer in time: 503 (or 504 on a timeout). */
public class DownstreamUnavailableException extends RuntimeException {
    private final String service;
    private final boolean timedOut;

    public DownstreamUnavailableException(String service, boolean timedOut, Throwable cause) {
        super(service + (timedOut ? " did not answer in time" : " is unavailable")
                + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : ""), cause);
        this.service = service;
        this.timedOut = timedOut;
    }

    public String service() {
        return service;
    }

    public boolean timedOut() {
        return timedOut;
    }
}

package io.eventline.gateway.service;

/** A downstream service answered with an error while the gateway needed its data; relayed like a proxied answer. */
public class DownstreamErrorException extends RuntimeException {
    private final String service;
    private final int status;
    private final String body;

    public DownstreamErrorException(String service, int status, String body) {
        super(service + " answered " + status);
        this.service = service;
        this.status = status;
        this.body = body;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}

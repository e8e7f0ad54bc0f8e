package io.eventline.gateway.service;

/** A query or header parameter the gateway cannot accept; answered with 400 {@code bad_parameter}. */
public class BadParameterException extends RuntimeException {
    private final String field;

    public BadParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

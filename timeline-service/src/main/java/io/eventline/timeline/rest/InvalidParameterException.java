package io.eventline.timeline.rest;

/** A request parameter that cannot be used; answered with 400 and an ApiError naming the parameter. */
public class InvalidParameterException extends RuntimeException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

package io.eventline.timeline.rest;

/**
 * An unknown id; answered with 404 and an ApiError.
 *
 * @see #merged(String, String)
 */
public class ResourceNotFoundException extends RuntimeException {
    private final String error;
    private final String parameter;
    private final String mergedInto;

    private ResourceNotFoundException(String error, String message, String parameter, String mergedInto) {
        super(message);
        this.error = error;
        this.parameter = parameter;
        this.mergedInto = mergedInto;
    }

    public static ResourceNotFoundException unknown(String what, String id) {
        return new ResourceNotFoundException("not_found", "No " + what + " with id " + id, "id", null);
    }

    /** The event existed but was folded into {@code survivorId} when two reports turned out to be one happening. */
    public static ResourceNotFoundException merged(String id, String survivorId) {
        return new ResourceNotFoundException("merged",
                "Event " + id + " was merged into " + survivorId + "; see /api/events/" + survivorId, "id", survivorId);
    }

    public String error() {
        return error;
    }

    public String parameter() {
        return parameter;
    }

    /** The surviving event id for {@code merged}, else null. */
    public String mergedInto() {
        return mergedInto;
    }
}

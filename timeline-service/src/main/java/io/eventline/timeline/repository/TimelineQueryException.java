package io.eventline.timeline.repository;

/** A read query failed in the database; the REST layer answers 503/500 with an ApiError. */
public class TimelineQueryException extends RuntimeException {
    public TimelineQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}

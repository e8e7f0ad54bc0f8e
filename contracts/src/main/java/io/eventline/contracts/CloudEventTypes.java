package io.eventline.contracts;

/** CloudEvent attributes of the messages on {@link Topics#TIMELINE_EVENTS}. */
public final class CloudEventTypes {
    public static final String SOURCE = "/eventline/timeline-service";
    public static final String EVENT_CREATED = "eventline.event.created";
    public static final String EVENT_UPDATED = "eventline.event.updated";
    public static final String EVENT_MERGED = "eventline.event.merged";

    private CloudEventTypes() {
    }
}

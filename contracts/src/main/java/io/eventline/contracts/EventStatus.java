package io.eventline.contracts;

/** Whether the text reports the event as having happened or as planned / expected. */
public enum EventStatus {
    OCCURRED, PLANNED
}

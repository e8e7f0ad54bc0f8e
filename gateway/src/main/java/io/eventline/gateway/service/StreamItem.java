package io.eventline.gateway.service;

import io.eventline.contracts.EventChange;

/** What one SSE client is sent: a timeline change, or a request to reload the timeline because changes were lost. */
public sealed interface StreamItem {
    record Change(EventChange change) implements StreamItem {
    }

    /** The gateway could not replay what the client missed (too many, or timeline-service down). */
    record Resync(String reason) implements StreamItem {
    }
}

package io.eventline.gateway.service;

import io.eventline.contracts.EventChange;

import java.util.List;

/** Changes missed by a reconnecting client, ascending; {@code truncated} when the replay cap cut them short. */
public record ReplayResult(List<EventChange> changes, boolean truncated) {
}

package io.eventline.contracts.api;

import io.eventline.contracts.TimelineEvent;

import java.util.List;

/** One page of {@code GET /api/timeline}; {@code nextCursor} is null on the last page. */
public record TimelinePage(List<TimelineEvent> events, String nextCursor) {
}

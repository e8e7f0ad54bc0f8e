package io.eventline.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A change to the timeline: the payload of a message on {@link Topics#TIMELINE_EVENTS} and of a
 * {@code /api/stream} message.
 *
 * @param sequence       position in the timeline's change log; strictly increasing, used as the SSE id
 * @param event          the event as it is after the change
 * @param mergedEventIds for MERGED: ids of the events that were folded into {@code event} and no longer exist
 */
public record EventChange(long sequence, ChangeType type, TimelineEvent event, List<String> mergedEventIds,
                          Instant at) {
}

package io.eventline.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One real-world happening on the timeline, with every article and sentence that supports it. */
public record TimelineEvent(
        String id,
        EventType type,
        String title,
        LocalDate date,
        LocalDate dateEnd,
        DatePrecision datePrecision,
        EventStatus status,
        List<String> actors,
        List<String> locations,
        List<Quantity> quantities,
        String cameoCode,
        double confidence,
        int sourceCount,
        List<EventSource> sources,
        List<AlternativeDate> alternativeDates,
        Instant createdAt,
        Instant updatedAt) {
}

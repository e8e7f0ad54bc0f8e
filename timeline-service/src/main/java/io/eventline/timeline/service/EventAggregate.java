package io.eventline.timeline.service;

import io.eventline.contracts.AlternativeDate;
import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;

import java.time.LocalDate;
import java.util.List;

/** The fields of a timeline event that are derived from all of its mentions. */
public record EventAggregate(
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
        List<AlternativeDate> alternativeDates,
        String evidence) {
}

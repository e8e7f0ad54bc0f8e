package io.eventline.contracts;

import java.time.LocalDate;

/** A date that some sources give for an event and that differs from the chosen one. */
public record AlternativeDate(LocalDate date, LocalDate dateEnd, DatePrecision datePrecision, int sourceCount) {
}

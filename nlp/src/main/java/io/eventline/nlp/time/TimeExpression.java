package io.eventline.nlp.time;

import io.eventline.contracts.DatePrecision;
import io.eventline.nlp.extract.DateBasis;

import java.time.LocalDate;

/**
 * A time expression found in a sentence and its resolution; {@code date} is null when it could not be resolved
 * (a relative expression in an undated article), in which case {@code precision} is UNKNOWN.
 *
 * @param start offset in the article text (inclusive)
 * @param end   offset in the article text (exclusive)
 * @param rule  id of the date rule that matched
 */
public record TimeExpression(String text, int start, int end, LocalDate date, LocalDate dateEnd,
                             DatePrecision precision, DateBasis basis, String rule) {

    public boolean resolved() {
        return date != null;
    }

    /** Whether the expression covers the given day. */
    public boolean covers(LocalDate day) {
        if (date == null || day == null) {
            return false;
        }
        LocalDate last = dateEnd == null ? date : dateEnd;
        return !day.isBefore(date) && !day.isAfter(last);
    }
}

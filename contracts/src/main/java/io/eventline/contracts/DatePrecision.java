package io.eventline.contracts;

/**
 * How precisely an event's date is known. DAY: {@code date} is the day. WEEK: {@code date} is the Monday and
 * {@code dateEnd} the Sunday. MONTH / YEAR: first and last day. RANGE: from {@code date} to {@code dateEnd} — a span
 * the text states ("since Friday"), or, for an occurred event whose sentence gives no day (date basis ANCHOR), the
 * few days up to the publication date within which it happened. UNKNOWN: no date could be supported by the text.
 */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, RANGE, UNKNOWN;

    /** Higher is more precise; used to pick the best supported date among several reports. */
    public int rank() {
        return switch (this) {
            case DAY -> 5;
            case RANGE -> 4;
            case WEEK -> 3;
            case MONTH -> 2;
            case YEAR -> 1;
            case UNKNOWN -> 0;
        };
    }
}

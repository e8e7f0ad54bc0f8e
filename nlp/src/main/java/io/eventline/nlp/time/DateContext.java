package io.eventline.nlp.time;

import java.time.LocalDate;

/**
 * What relative and anaphoric expressions resolve against.
 *
 * @param anchor         the publication date (or an inferred one), null when unknown
 * @param yearHint       year to complete month-day dates when there is no anchor (latest full date in the text), or 0
 * @param narrativeDate  last date the article's narrative moved to ("two days later" counts from it), or null
 * @param paragraphDate  last date expressed in the current paragraph ("the same day"), or null
 */
public record DateContext(LocalDate anchor, int yearHint, LocalDate narrativeDate, LocalDate paragraphDate) {

    public static DateContext of(LocalDate anchor) {
        return new DateContext(anchor, 0, null, null);
    }
}

package io.eventline.nlp.extract;

/** What an extracted event's date rests on; the merge step trusts EXPLICIT over RELATIVE over ANCHOR. */
public enum DateBasis {
    /** An absolute date in the text ("November 13, 2015", "13/11/2015", a dateline). */
    EXPLICIT,
    /** A relative expression resolved against the anchor date ("on Friday night", "yesterday", "next week"). */
    RELATIVE,
    /**
     * No time expression in reach: the occurred event was reported by the article's anchor (publication) date, but
     * the text does not say which day it happened. Its date is a RANGE ending on the anchor day ({@code dateEnd}) and
     * starting two days before it ({@code date}), never a DAY: only {@code dateEnd} is the anchor itself.
     */
    ANCHOR,
    /** Nothing to date it by: the article has no date and the sentence has no absolute date. */
    NONE
}

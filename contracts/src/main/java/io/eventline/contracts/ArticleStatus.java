package io.eventline.contracts;

/** Where an accepted article is in the pipeline. */
public enum ArticleStatus {
    PENDING, PROCESSED, FAILED
}

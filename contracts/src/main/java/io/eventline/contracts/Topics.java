package io.eventline.contracts;

/** Kafka topic names: the public message interface of Eventline. Reused by services, tests and manifests. */
public final class Topics {
    /** Cleaned articles from ingest-service, keyed by article id. Kept long enough to rebuild the timeline. */
    public static final String ARTICLES_PARSED = "articles.parsed";
    /** Messages on {@link #ARTICLES_PARSED} that timeline-service could not process. */
    public static final String ARTICLES_PARSED_DLQ = "articles.parsed.dlq";
    /** Every created, updated or merged timeline event, as a binary-mode CloudEvent keyed by event id. */
    public static final String TIMELINE_EVENTS = "timeline.events";

    private Topics() {
    }
}

package io.eventline.ingest.messaging;

import java.util.concurrent.CompletionStage;

/** Where accepted articles go; completes once the record is durably stored. */
public interface ArticleSink {
    CompletionStage<Void> publish(String key, String json);
}

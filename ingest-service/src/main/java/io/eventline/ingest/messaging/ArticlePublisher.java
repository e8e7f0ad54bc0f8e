package io.eventline.ingest.messaging;

import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.Topics;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sends parsed articles to {@link Topics#ARTICLES_PARSED}, keyed by article id. The returned stage completes when
 * the broker acknowledged the record (acks=all), or fails when the send failed.
 */
@ApplicationScoped
public class ArticlePublisher implements ArticleSink {
    /** The outgoing channel (configured in application.properties); the topic is set per record from Topics. */
    public static final String CHANNEL = "articles-parsed-out";

    @Inject
    @Channel(CHANNEL)
    Emitter<String> emitter;

    @Override
    public CompletionStage<Void> publish(String key, String json) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.ARTICLES_PARSED)
                .withKey(key)
                .build();
        Message<String> message = Message.of(json, Metadata.of(kafka))
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException overflowOrClosed) {
            acked.completeExceptionally(overflowOrClosed);
        }
        return acked;
    }
}

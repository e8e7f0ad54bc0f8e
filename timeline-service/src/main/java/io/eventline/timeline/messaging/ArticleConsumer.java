package io.eventline.timeline.messaging;

import io.eventline.timeline.service.ArticleProcessor;
import io.eventline.timeline.service.OutboxRelay;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes articles.parsed. Only unwraps and delegates: the message is acknowledged when this method returns,
 * i.e. after the processing transaction committed; an exception nacks it and the dead-letter strategy moves it to
 * articles.parsed.dlq while consumption goes on. Values are read as strings so that unparseable JSON also reaches
 * the dead-letter topic instead of failing in the deserializer.
 */
@ApplicationScoped
public class ArticleConsumer {
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    @Inject
    ArticleProcessor processor;
    @Inject
    OutboxRelay relay;

    @Incoming("articles-in")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        processor.process(record.key(), record.value());
        try {
            relay.relayAll(); // publish right after the commit; the scheduled sweep catches anything left
        } catch (RuntimeException e) {
            LOG.warn("outbox relay after commit failed; the sweep will retry", e);
        }
    }
}

package io.eventline.ingest.config;

import io.eventline.nlp.article.ArticleParser;
import io.eventline.nlp.article.RawArticle;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One thread-safe parser per application: it loads the OpenNLP sentence model once. */
@ApplicationScoped
public class ParserProducer {

    @Produces
    @Singleton
    ArticleParser articleParser() {
        return ArticleParser.create();
    }

    /** Loads the model and the rule files at startup, so the first request is not slow and bad rules fail the boot. */
    void warmUp(@Observes StartupEvent started, ArticleParser parser) {
        parser.parse(RawArticle.text("Warm-up headline\n\nNovember 17, 2015\n\nThe parser is ready."));
        parser.parse(RawArticle.html("<article><h1>Warm-up</h1><p>The parser is ready.</p></article>"));
    }
}

package io.eventline.timeline.service;

import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.article.ArticleParser;
import io.eventline.nlp.article.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The seed articles parsed by the real nlp parser, as a bean so that the parser runs in the application's class
 * loader (called straight from a test method it was loaded twice, by two loaders).
 */
@ApplicationScoped
public class SeedArticles {
    private final ArticleParser parser = ArticleParser.create();

    public ParsedArticle parse(String seedFile) {
        return parseResource("/seeds/" + seedFile);
    }

    /** Any text article on the test classpath, e.g. {@code /corpus/01-saint-denis-raid.txt}. */
    public ParsedArticle parseResource(String resource) {
        try (InputStream in = SeedArticles.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parser.parse(RawArticle.text(text), Instant.parse("2026-01-01T00:00:00Z"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

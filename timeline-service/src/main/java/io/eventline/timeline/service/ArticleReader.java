package io.eventline.timeline.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eventline.contracts.Json;
import io.eventline.contracts.ParsedArticle;

import java.time.format.DateTimeParseException;

/** Parses and checks the JSON value of an articles.parsed message. */
public final class ArticleReader {
    private ArticleReader() {
    }

    /**
     * @param key the record key, the article id by contract; used to name the article when the value is unreadable
     * @throws InvalidArticleException when the value is not a ParsedArticle with an id and a text
     */
    public static ParsedArticle read(String key, String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidArticleException(key, "empty message value", null);
        }
        ParsedArticle article;
        try {
            article = Json.mapper().readValue(json, ParsedArticle.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidArticleException(key, "not a ParsedArticle: " + messageOf(e), e);
        }
        if (article == null || article.id() == null || article.id().isBlank()) {
            throw new InvalidArticleException(key, "ParsedArticle without id", null);
        }
        if (article.text() == null) {
            throw new InvalidArticleException(article.id(), "ParsedArticle without text", null);
        }
        try {
            article.publishedDate();
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException(article.id(), "unreadable publishedAt: " + article.publishedAt(), e);
        }
        return article;
    }

    private static String messageOf(Exception e) {
        return e.getMessage();
    }
}

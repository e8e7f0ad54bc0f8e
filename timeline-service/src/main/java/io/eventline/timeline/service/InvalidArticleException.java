package io.eventline.timeline.service;

/** A message on articles.parsed that is not a usable ParsedArticle; it goes to the dead-letter topic. */
public class InvalidArticleException extends RuntimeException {
    private final String articleId;

    public InvalidArticleException(String articleId, String message, Throwable cause) {
        super(message, cause);
        this.articleId = articleId;
    }

    /** The article id when the key or the JSON gave one, else null. */
    public String articleId() {
        return articleId;
    }
}

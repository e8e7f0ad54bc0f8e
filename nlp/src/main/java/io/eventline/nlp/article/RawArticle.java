package io.eventline.nlp.article;

import io.eventline.contracts.api.ArticleSubmission;

/**
 * An article as submitted, before cleaning. Metadata fields are optional hints given by the caller; when present
 * they win over what the parser finds in the body.
 *
 * @param body        the article as text or HTML
 * @param publishedAt ISO-8601 date or date-time given by the caller, or null
 */
public record RawArticle(String body, Format format, String title, String source, String url, String publishedAt) {

    public enum Format { TEXT, HTML }

    public static RawArticle text(String body) {
        return new RawArticle(body, Format.TEXT, null, null, null, null);
    }

    public static RawArticle html(String body) {
        return new RawArticle(body, Format.HTML, null, null, null, null);
    }

    /** Html wins when a submission (wrongly) carries both; the REST layer rejects that case before. */
    public static RawArticle from(ArticleSubmission s) {
        boolean html = s.html() != null && !s.html().isBlank();
        return new RawArticle(html ? s.html() : s.text(), html ? Format.HTML : Format.TEXT,
                s.title(), s.source(), s.url(), s.publishedAt());
    }

    public RawArticle withMetadata(String title, String source, String url, String publishedAt) {
        return new RawArticle(body, format, title, source, url, publishedAt);
    }
}

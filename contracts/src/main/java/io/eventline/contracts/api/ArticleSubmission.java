package io.eventline.contracts.api;

/**
 * JSON body of {@code POST /api/articles}: exactly one of {@code text} or {@code html}; the rest optional.
 *
 * @param publishedAt ISO-8601 date ({@code 2015-11-17}) or date-time ({@code 2015-11-17T09:30:00Z})
 */
public record ArticleSubmission(String text, String html, String title, String source, String url,
                                String publishedAt) {
}

package io.eventline.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cleaned article as published on {@link Topics#ARTICLES_PARSED}.
 *
 * @param id          stable hash of the normalised body: the same article sent twice has one id
 * @param text        cleaned body, paragraphs separated by a blank line; all offsets point into it
 * @param publishedAt ISO-8601 date or date-time as found, null when the article has no date anywhere
 * @param paragraphs  paragraph spans in {@code text}
 * @param sentences   sentence spans in {@code text}, in order
 */
public record ParsedArticle(
        String id,
        String title,
        String source,
        String url,
        String publishedAt,
        PublicationDateOrigin publishedAtOrigin,
        String text,
        List<TextSpan> paragraphs,
        List<TextSpan> sentences,
        Instant receivedAt) {

    /** The publication day, or null when unknown. */
    public LocalDate publishedDate() {
        return publishedAt == null || publishedAt.length() < 10 ? null : LocalDate.parse(publishedAt.substring(0, 10));
    }
}

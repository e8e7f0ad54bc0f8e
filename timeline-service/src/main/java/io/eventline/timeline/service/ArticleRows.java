package io.eventline.timeline.service;

import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.PublicationDateOrigin;
import io.eventline.contracts.TextSpan;
import io.eventline.timeline.Article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Converts between the wire {@link ParsedArticle} and the stored {@link Article} row. */
public final class ArticleRows {
    private ArticleRows() {
    }

    public static void copy(ParsedArticle a, Article row) {
        row.id = a.id();
        row.title = a.title();
        row.source = a.source();
        row.url = a.url();
        row.publishedAt = a.publishedAt();
        row.publishedDate = a.publishedDate();
        row.publishedAtOrigin = a.publishedAtOrigin() == null ? null : a.publishedAtOrigin().name();
        row.body = a.text();
        row.sentences = JsonColumns.write(a.sentences() == null ? List.of() : a.sentences());
        row.receivedAt = a.receivedAt() == null ? Instant.now() : a.receivedAt();
    }

    /** The article as the extractor needs it again (re-extraction with an inferred anchor). */
    public static ParsedArticle toWire(Article row) {
        String text = row.body == null ? "" : row.body;
        return new ParsedArticle(row.id, row.title, row.source, row.url, row.publishedAt,
                row.publishedAtOrigin == null ? PublicationDateOrigin.NONE
                        : PublicationDateOrigin.valueOf(row.publishedAtOrigin),
                text, paragraphs(text), JsonColumns.spans(row.sentences), row.receivedAt);
    }

    /** Paragraphs are separated by a blank line in the cleaned text (ParsedArticle contract). */
    static List<TextSpan> paragraphs(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int gap = text.indexOf("\n\n", start);
            int end = gap < 0 ? text.length() : gap;
            if (end > start) {
                out.add(new TextSpan(start, end));
            }
            if (gap < 0) {
                break;
            }
            start = gap + 2;
            while (start < text.length() && text.charAt(start) == '\n') {
                start++;
            }
        }
        return out;
    }
}

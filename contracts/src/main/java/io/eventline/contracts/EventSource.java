package io.eventline.contracts;

/** One article's evidence for an event: the sentence and where it stands in the article's cleaned text. */
public record EventSource(
        String articleId,
        String source,
        String title,
        String url,
        String publishedAt,
        String sentence,
        Integer sentenceStart,
        Integer sentenceEnd) {
}

package io.eventline.contracts.api;

/** Answer of {@code POST /api/articles}, sent only once the broker acknowledged the article. */
public record ArticleAccepted(String id, String status) {
    public static ArticleAccepted of(String id) {
        return new ArticleAccepted(id, "ACCEPTED");
    }
}

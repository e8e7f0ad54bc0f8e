package io.eventline.contracts.api;

import java.util.List;

/** One page of {@code GET /api/articles}; {@code nextCursor} is null on the last page. */
public record ArticlePage(List<ArticleView> articles, String nextCursor) {
}

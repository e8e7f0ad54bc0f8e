package io.eventline.contracts.api;

import io.eventline.contracts.ArticleStatus;

import java.util.List;

/** An article as the public API shows it: what was parsed and which timeline events it supports. */
public record ArticleView(String id, String title, String source, String url, String publishedAt,
                          ArticleStatus status, List<String> eventIds, String error) {
}

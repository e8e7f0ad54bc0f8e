package io.eventline.timeline.service;

import io.eventline.contracts.ArticleStatus;
import io.eventline.contracts.ParsedArticle;
import io.eventline.timeline.Article;
import io.eventline.timeline.repository.ArticleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Records that an article could not be processed, in its own transaction (the processing one rolled back). */
@ApplicationScoped
public class FailedArticles {
    private static final int MAX_ERROR_LENGTH = 2000;

    @Inject
    ArticleRepository articles;

    /** @param article the parsed article, or null when only its id is known */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(String articleId, ParsedArticle article, Throwable error) {
        Article row = articles.findById(articleId);
        if (row != null && ArticleStatus.PROCESSED.name().equals(row.status)) {
            return; // another delivery got it processed meanwhile
        }
        if (row == null) {
            row = new Article();
            row.id = articleId;
            row.receivedAt = Instant.now();
            if (article != null) {
                ArticleRows.copy(article, row);
            }
        }
        row.status = ArticleStatus.FAILED.name();
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        row.error = message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
        row.processedAt = Instant.now();
        if (!articles.isPersistent(row)) {
            articles.persist(row); // after the fields are set: Hibernate captures the insert's values at persist
        }
    }
}

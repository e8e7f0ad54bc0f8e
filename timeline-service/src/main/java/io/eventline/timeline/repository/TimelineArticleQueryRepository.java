package io.eventline.timeline.repository;

import io.eventline.contracts.api.ArticlePage;
import io.eventline.contracts.api.ArticleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read side of consumed articles: one article, or pages newest-received first, each with its event ids. */
@ApplicationScoped
public class TimelineArticleQueryRepository {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private static final String COLUMNS = "a.id, a.title, a.source, a.url, a.published_at, a.status, a.error, "
            + "a.received_at";
    private static final String ARTICLE_SQL = "SELECT " + COLUMNS + " FROM article a WHERE a.id = ?";
    // The order is that of the V1 index article_received_idx (received_at DESC, id DESC), where DESC puts
    // articles without a receive time (not expected) first.
    private static final String ORDER = " ORDER BY a.received_at DESC, a.id DESC LIMIT ?";
    private static final String FIRST_PAGE_SQL = "SELECT " + COLUMNS + " FROM article a" + ORDER;
    private static final String NEXT_PAGE_SQL = "SELECT " + COLUMNS + " FROM article a "
            + "WHERE (a.received_at, a.id) < (?, ?)" + ORDER;
    private static final String AFTER_UNTIMED_PAGE_SQL = "SELECT " + COLUMNS + " FROM article a "
            + "WHERE (a.received_at IS NULL AND a.id < ?) OR a.received_at IS NOT NULL" + ORDER;
    private static final String EVENT_IDS_SQL = """
            SELECT m.article_id, m.event_id, min(m.id) AS first_mention
            FROM mention m WHERE m.article_id = ANY(?)
            GROUP BY m.article_id, m.event_id
            ORDER BY m.article_id, first_mention""";

    private final DataSource dataSource;
    private final TimelineQueryRowMapper mapper = new TimelineQueryRowMapper();

    @Inject
    public TimelineArticleQueryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<ArticleView> findArticle(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(ARTICLE_SQL)) {
            statement.setString(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, List<String>> eventIds = eventIds(connection, List.of(id));
                return Optional.of(mapper.article(rs, eventIds.getOrDefault(id, List.of())));
            }
        } catch (SQLException e) {
            throw new TimelineQueryException("article query failed", e);
        }
    }

    public ArticlePage page(int limit, ArticleCursor after) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(after == null ? FIRST_PAGE_SQL
                     : after.receivedAt() == null ? AFTER_UNTIMED_PAGE_SQL : NEXT_PAGE_SQL)) {
            int i = 1;
            if (after != null && after.receivedAt() != null) {
                statement.setObject(i++, OffsetDateTime.ofInstant(after.receivedAt(), ZoneOffset.UTC));
            }
            if (after != null) {
                statement.setString(i++, after.id());
            }
            statement.setInt(i, limit + 1);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime received = rs.getObject("received_at", OffsetDateTime.class);
                    rows.add(new Row(rs.getString("id"), received, mapper.article(rs, List.of())));
                }
            }
            boolean more = rows.size() > limit;
            List<Row> page = more ? rows.subList(0, limit) : rows;
            Map<String, List<String>> eventIds = eventIds(connection, page.stream().map(Row::id).toList());
            List<ArticleView> articles = page.stream().map(r -> withEventIds(r.view(), eventIds)).toList();
            String next = null;
            if (more) {
                Row last = page.get(page.size() - 1);
                next = new ArticleCursor(last.receivedAt() == null ? null : last.receivedAt().toInstant(), last.id())
                        .encode();
            }
            return new ArticlePage(articles, next);
        } catch (SQLException e) {
            throw new TimelineQueryException("article page query failed", e);
        }
    }

    private Map<String, List<String>> eventIds(Connection connection, List<String> articleIds) throws SQLException {
        Map<String, List<String>> byArticle = new HashMap<>();
        if (articleIds.isEmpty()) {
            return byArticle;
        }
        try (PreparedStatement statement = connection.prepareStatement(EVENT_IDS_SQL)) {
            statement.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byArticle.computeIfAbsent(rs.getString("article_id"), k -> new ArrayList<>())
                            .add(rs.getString("event_id"));
                }
            }
        }
        return byArticle;
    }

    private static ArticleView withEventIds(ArticleView a, Map<String, List<String>> eventIds) {
        return new ArticleView(a.id(), a.title(), a.source(), a.url(), a.publishedAt(), a.status(),
                List.copyOf(eventIds.getOrDefault(a.id(), List.of())), a.error());
    }

    private record Row(String id, OffsetDateTime receivedAt, ArticleView view) {
    }
}

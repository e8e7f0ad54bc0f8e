/**
 * Article cleaning: {@link io.eventline.nlp.article.ArticleParser} turns a submitted text or HTML page into a
 * {@link io.eventline.contracts.ParsedArticle}. Only {@code ArticleParser}, {@code RawArticle},
 * {@code ArticleRejectedException} and {@code ArticleIds} are meant for other modules; the helper classes are public
 * only so that they keep working when a test class loader serves this package from two places (a Quarkus test in a
 * shared workspace can load some classes from {@code nlp/target/classes} and others from the installed jar).
 */
package io.eventline.nlp.article;

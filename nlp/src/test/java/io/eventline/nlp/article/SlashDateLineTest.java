package io.eventline.nlp.article;

import io.eventline.contracts.ParsedArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlashDateLineTest {

    private final ArticleParser parser = ArticleParser.create();

    @Test
    void dayFirstSlashDateLineIsThePublicationDate() {
        ParsedArticle article = parser.parse(RawArticle.html("""
                <html><body><article><h1>Hollande meets Putin in Moscow</h1>
                <p class="date">Published on 26/11/2015 - 21:40</p>
                <p>French President Francois Hollande met Russian President Vladimir Putin in the Kremlin on Thursday.</p>
                </article></body></html>"""));

        assertThat(article.publishedDate()).hasToString("2015-11-26");
        assertThat(article.text()).doesNotContain("Published on");
    }

    @Test
    void slashDatesThatCannotBeDayFirstAreNotGuessed() {
        assertThat(PublicationDates.parsePhrase("11/26/2015")).isEmpty();
        assertThat(PublicationDates.parsePhrase("13/11/2015")).hasValueSatisfying(d ->
                assertThat(d).hasToString("2015-11-13"));
    }
}

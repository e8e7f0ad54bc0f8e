package io.eventline.nlp.extract;

import io.eventline.contracts.EventType;
import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.article.ArticleParser;
import io.eventline.nlp.article.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who invokes a treaty clause: not the organisation in the treaty's name; "the country" is the one just told of. */
class TreatyActorsTest {

    private static final EventExtractor EXTRACTOR = EventExtractor.fromClasspath();
    private static final ArticleParser PARSER = ArticleParser.create();
    private static final LocalDate ANCHOR = LocalDate.of(2015, 11, 17);

    private static ExtractedEvent invocation(String text) {
        ParsedArticle article = PARSER.parse(RawArticle.text(text));
        List<ExtractedEvent> events = EXTRACTOR.extract(article, ANCHOR).stream()
                .filter(e -> e.type() == EventType.TREATY_INVOCATION).toList();
        assertThat(events).as("treaty invocations in: " + text).hasSize(1);
        return events.get(0);
    }

    @Test
    void theCountryOpeningASentenceIsTheCountryTheArticleWasTellingAbout() {
        ExtractedEvent e = invocation("""
                France asks EU for help

                French Defense Minister Jean-Yves Le Drian said during a meeting in Brussels on Tuesday that France needed help.

                The country referenced Article 42 of the EU Treaty, which calls for solidarity among member states.
                """);
        assertThat(e.actors()).contains("France").doesNotContain("European Union");
        assertThat(e.title()).startsWith("France invokes");
    }

    @Test
    void theOrganisationNamingATreatyIsNotItsInvoker() {
        assertThat(invocation("Lithuania invoked Article 4 of the North Atlantic Treaty on Tuesday.").actors())
                .contains("Lithuania");
        assertThat(invocation("Poland invoked Article 51 of the Charter of the United Nations on Tuesday.").actors())
                .contains("Poland").doesNotContain("United Nations");
        assertThat(invocation("Greece invoked Article 42.7 of the Treaty on European Union on Tuesday.").actors())
                .contains("Greece").doesNotContain("European Union");
    }

    @Test
    void withoutACountryBeforeItTheCountryStaysUnresolved() {
        ExtractedEvent e = invocation("""
                Treaty clause invoked

                The country referenced Article 42 of the EU Treaty on Tuesday.
                """);
        assertThat(e.actors()).doesNotContain("European Union", "France");
    }
}

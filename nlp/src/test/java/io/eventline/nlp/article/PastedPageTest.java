package io.eventline.nlp.article;

import io.eventline.contracts.ParsedArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole web page pasted as text: site name, menus, byline and footer around the story. */
class PastedPageTest {
    static final String PAGE = """
            Skip to main content | Skip to navigation
            The Daily Example - Back to home
            UK news | World | Politics | Sport | Culture

            Manchester attack: troops deployed as threat level raised to critical

            Jane Doe, John Roe and Max Mustermann
            Wed 24 May 2017 13.05 BST

            Share on Facebook | Share on Twitter | Email

            Soldiers were deployed to guard key sites across Britain on Wednesday, after the government raised the threat level.

            Police made three more arrests in south Manchester, officials said.

            Related: What we know about the bomber | Timeline of the attack

            Topics: Manchester Arena attack | UK security

            © 2017 Example News and Media Limited. All rights reserved.
            """;

    @Test
    void keepsOnlyHeadlineAndStory() {
        ParsedArticle a = SeedArticlesTest.PARSER.parse(RawArticle.text(PAGE));
        assertThat(a.title()).isEqualTo("Manchester attack: troops deployed as threat level raised to critical");
        assertThat(a.publishedAt()).isEqualTo("2017-05-24");
        assertThat(a.text()).isEqualTo("""
                Manchester attack: troops deployed as threat level raised to critical

                Soldiers were deployed to guard key sites across Britain on Wednesday, after the government raised the threat level.

                Police made three more arrests in south Manchester, officials said.""");
    }

    @Test
    void postedLineWithTimeAndAuthorIsTheDate() {
        ParsedArticle a = SeedArticlesTest.PARSER.parse(RawArticle.text("""
                Police: no raid at the mosque, explosions were fireworks

                Posted January 2, 2021 at 4:12 pm by Jan-Erik Paulsen

                Police rejected claims that special forces raided a mosque on New Year's Eve."""));
        assertThat(a.publishedAt()).isEqualTo("2021-01-02");
        assertThat(a.text()).doesNotContain("Posted");
    }
}

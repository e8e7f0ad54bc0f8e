package io.eventline.nlp.article;

import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.PublicationDateOrigin;
import io.eventline.contracts.api.ArticleSubmission;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain-text articles: date lines, wire datelines, hard wraps, sentences, rejections. */
class TextArticleTest {
    static final ArticleParser PARSER = SeedArticlesTest.PARSER;
    static final String NEWS = "Police raided a flat in Saint-Denis before dawn, prosecutors said.";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "November 17, 2015;2015-11-17",
            "Published: 3 December 2015;2015-12-03",
            "24 November 2015 | Last updated 25 November 2015;2015-11-24",
            "Updated 10:42 GMT, Tue 17 Nov 2015;2015-11-17",
            "Nov. 18, 2015 5:30 PM ET;2015-11-18",
            "Wednesday, November 18th, 2015;2015-11-18",
            "Updated: Apr 11, 2025, 08:05 IST | Written by Legal Affairs Desk;2025-04-11"})
    void dateLineNearTheTopIsThePublicationDateAndLeavesTheText(String dateLine, String expected) {
        ParsedArticle a = PARSER.parse(RawArticle.text("Raid in Saint-Denis\n\n" + dateLine + "\n\n" + NEWS));
        assertThat(a.publishedAt()).isEqualTo(expected);
        assertThat(a.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.TEXT);
        assertThat(a.text()).isEqualTo("Raid in Saint-Denis\n\n" + NEWS);
    }

    @Test
    void wireDatelineWithYearGivesDateAndAgency() {
        ParsedArticle a = PARSER.parse(RawArticle.text(
                "SAINT-DENIS, France, Nov 18, 2015 (Reuters) - French police killed two people in a raid on Wednesday."));
        assertThat(a.publishedAt()).isEqualTo("2015-11-18");
        assertThat(a.source()).isEqualTo("Reuters");
    }

    @Test
    void wireDatelineWithoutYearNeedsAYearHint() {
        String body = "SAINT-DENIS, France, Nov 18 (Reuters) - French police killed two people in a raid on Wednesday.";
        assertThat(PARSER.parse(RawArticle.text(body)).publishedAt()).isNull();
        assertThat(PARSER.parse(RawArticle.text(body + "\n\nIt was the worst attack in France since 2015.")).publishedAt())
                .isEqualTo("2015-11-18");
        assertThat(PARSER.parse(new RawArticle(body, RawArticle.Format.TEXT, null, null,
                "https://www.reuters.com/article/2015/11/18/us-france-raid", null)).publishedAt()).isEqualTo("2015-11-18");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        ParsedArticle a = PARSER.parse(RawArticle.text("""
                EU defense ministers said on Tuesday they supported France's request
                for military assistance as it intensifies its fight against the group
                in the Middle East.

                Short second paragraph."""));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(0).of(a.text())).isEqualTo("EU defense ministers said on Tuesday they supported "
                + "France's request for military assistance as it intensifies its fight against the group in the Middle East.");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        ParsedArticle a = PARSER.parse(RawArticle.text("On Nov. 17 the minister invoked Art. 42.7 of the treaty. "
                + "Gen. Pierre de Villiers met U.S. officials in Washington, D.C. on Tuesday. Mr. Le Drian said 28 states agreed. "
                + "It was the first time."));
        assertThat(SeedArticlesTest.sentences(a)).containsExactly(
                "On Nov. 17 the minister invoked Art. 42.7 of the treaty.",
                "Gen. Pierre de Villiers met U.S. officials in Washington, D.C. on Tuesday.",
                "Mr. Le Drian said 28 states agreed.",
                "It was the first time.");
        SeedArticlesTest.assertSpansConsistent(a);
    }

    @Test
    void submissionBecomesRawArticleWithMetadata() {
        RawArticle html = RawArticle.from(new ArticleSubmission(null, "<p>x</p>", "T", "S", "https://a.b/c", "2015-11-17"));
        assertThat(html.format()).isEqualTo(RawArticle.Format.HTML);
        assertThat(html.title()).isEqualTo("T");
        RawArticle text = RawArticle.from(new ArticleSubmission("body", null, null, null, null, null));
        assertThat(text.format()).isEqualTo(RawArticle.Format.TEXT);
        assertThat(text.body()).isEqualTo("body");
    }

    @Test
    void receivedAtIsKept() {
        Instant at = Instant.parse("2015-11-17T12:00:00Z");
        assertThat(PARSER.parse(RawArticle.text(NEWS), at).receivedAt()).isEqualTo(at);
    }

    @ParameterizedTest
    @CsvSource({"2015-11-17,2015-11-17", "2015-11-17T09:30:00Z,2015-11-17T09:30:00Z",
            "2015-11-17T09:30:00+0100,2015-11-17T09:30:00+01:00", "2015-11-17T09:30:00,2015-11-17T09:30:00",
            "'Tue, 17 Nov 2015 09:30:00 GMT',2015-11-17T09:30:00Z"})
    void requestDatesAreNormalisedIso(String given, String expected) {
        ParsedArticle a = PARSER.parse(new RawArticle(NEWS, RawArticle.Format.TEXT, null, null, null, given));
        assertThat(a.publishedAt()).isEqualTo(expected);
        assertThat(a.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.REQUEST);
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "17/11/2015", "2015-13-45", "November 17 2015"})
    void unparseableRequestDateIsRejected(String given) {
        assertThatThrownBy(() -> PARSER.parse(new RawArticle(NEWS, RawArticle.Format.TEXT, null, null, null, given)))
                .isInstanceOfSatisfying(ArticleRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("bad_published_at");
                    assertThat(e.field()).isEqualTo("publishedAt");
                });
    }

    @Test
    void onlyBoilerplateIsRejected() {
        assertThatThrownBy(() -> PARSER.parse(RawArticle.text("1. Skip to content\n\nFont Size:\n\nhttps://t.co/abc\n\n")))
                .isInstanceOfSatisfying(ArticleRejectedException.class, e -> assertThat(e.code()).isEqualTo("no_text"));
        assertThatThrownBy(() -> PARSER.parse(RawArticle.text("   ")))
                .isInstanceOfSatisfying(ArticleRejectedException.class, e -> assertThat(e.code()).isEqualTo("no_text"));
    }

    @Test
    void singleSentenceArticleHasNoHeadlineTitle() {
        ParsedArticle a = PARSER.parse(RawArticle.text(NEWS));
        assertThat(a.title()).isNull();
        assertThat(a.sentences()).hasSize(1);
    }
}

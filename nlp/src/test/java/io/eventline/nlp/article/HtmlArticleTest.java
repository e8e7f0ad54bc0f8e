package io.eventline.nlp.article;

import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.PublicationDateOrigin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTML pages: chrome removed, paragraphs kept, metadata (title, date, source) found in priority order. */
class HtmlArticleTest {
    static final ArticleParser PARSER = SeedArticlesTest.PARSER;

    static final String BODY = """
            <article>
              <header><h1>EU backs France after Paris attacks</h1>
                <p class="byline">By Jane Doe</p><time datetime="2015-11-18T08:00:00Z">18 Nov</time></header>
              <figure><img src="x.jpg"><figcaption>Le Drian in Brussels. Photo: Reuters</figcaption></figure>
              <p>EU defense ministers on Tuesday backed France's request for help under Article 42.7 of the EU treaty.</p>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
              <p>Gen. Pierre de Villiers said the U.S. had shared intelligence.<br>The strikes hit Raqqa on Nov. 15, officials said.</p>
              <ul><li>Police searched 128 homes.</li><li>Nobody was arrested.</li></ul>
              <blockquote>"France cannot act alone," Le Drian said.</blockquote>
              <p>Read more: What is Article 42.7?</p>
            </article>
            """;

    static String page(String head) {
        return "<html><head>" + head + "</head><body>"
                + "<div id=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>"
                + "<header><nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav></header>"
                + BODY
                + "<aside><h2>Most read</h2><p>Something else entirely happened somewhere else today.</p></aside>"
                + "<footer><p>© 2015 Example News. All rights reserved.</p></footer>"
                + "<script>var x = 'tracking';</script></body></html>";
    }

    @Test
    void keepsParagraphStructureAndDropsChrome() {
        ParsedArticle a = PARSER.parse(RawArticle.html(page("<title>EU backs France | Example News</title>")));
        assertThat(a.text()).isEqualTo("""
                EU backs France after Paris attacks

                EU defense ministers on Tuesday backed France's request for help under Article 42.7 of the EU treaty.

                Gen. Pierre de Villiers said the U.S. had shared intelligence.

                The strikes hit Raqqa on Nov. 15, officials said.

                Police searched 128 homes.

                Nobody was arrested.

                "France cannot act alone," Le Drian said.""");
        assertThat(SeedArticlesTest.sentences(a)).containsExactly(
                "EU backs France after Paris attacks",
                "EU defense ministers on Tuesday backed France's request for help under Article 42.7 of the EU treaty.",
                "Gen. Pierre de Villiers said the U.S. had shared intelligence.",
                "The strikes hit Raqqa on Nov. 15, officials said.",
                "Police searched 128 homes.",
                "Nobody was arrested.",
                "\"France cannot act alone,\" Le Drian said.");
        SeedArticlesTest.assertSpansConsistent(a);
        assertThat(a.title()).isEqualTo("EU backs France");
        assertThat(a.publishedAt()).isEqualTo("2015-11-18T08:00:00Z");
        assertThat(a.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.TIME_ELEMENT);
    }

    @Test
    void metaTagsWinOverJsonLdAndTimeElement() {
        ParsedArticle a = PARSER.parse(RawArticle.html(page("""
                <meta property="og:title" content="EU pledges help to France - Example News">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2015-11-17T19:05:00+01:00">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2015-11-16"}</script>
                """)));
        assertThat(a.title()).isEqualTo("EU pledges help to France");
        assertThat(a.source()).isEqualTo("Example News");
        assertThat(a.publishedAt()).isEqualTo("2015-11-17T19:05:00+01:00");
        assertThat(a.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.HTML_META);
        assertThat(a.publishedDate()).hasToString("2015-11-17");
    }

    @Test
    void jsonLdGraphGivesDateHeadlineAndPublisher() {
        ParsedArticle a = PARSER.parse(RawArticle.html(page("""
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                 {"@type":["NewsArticle"],"headline":"France invokes EU mutual defence clause",
                  "datePublished":"2015-11-17T10:00:00Z","publisher":{"@type":"Organization","name":"Example Wire"}}]}
                </script>""")));
        assertThat(a.title()).isEqualTo("France invokes EU mutual defence clause");
        assertThat(a.source()).isEqualTo("Example Wire");
        assertThat(a.publishedAt()).isEqualTo("2015-11-17T10:00:00Z");
        assertThat(a.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.JSON_LD);
    }

    @Test
    void pageWithoutAnyDateHasNone() {
        String html = "<html><head><title>Raids in Saint-Denis</title></head><body><main>"
                + "<h1>Raids in Saint-Denis</h1><p>Police raided a flat in Saint-Denis before dawn on Wednesday.</p>"
                + "<p>Two people were killed, prosecutors said.</p></main></body></html>";
        ParsedArticle a = PARSER.parse(new RawArticle(html, RawArticle.Format.HTML, null, null,
                "https://www.example.com/world/raids", null));
        assertThat(a.publishedAt()).isNull();
        assertThat(a.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.NONE);
        assertThat(a.title()).isEqualTo("Raids in Saint-Denis");
        assertThat(a.source()).isEqualTo("example.com");
        assertThat(a.url()).isEqualTo("https://www.example.com/world/raids");
    }

    @Test
    void requestMetadataWinsOverThePage() {
        ParsedArticle a = PARSER.parse(new RawArticle(page("<title>Page title</title>"), RawArticle.Format.HTML,
                "Given title", "Given source", null, "2015-11-20"));
        assertThat(a.title()).isEqualTo("Given title");
        assertThat(a.source()).isEqualTo("Given source");
        assertThat(a.publishedAt()).isEqualTo("2015-11-20");
        assertThat(a.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.REQUEST);
    }

    @Test
    void pageOfOnlyChromeIsRejected() {
        String html = "<html><body><nav><a>Home</a></nav><p>Share on Facebook</p><p>Read more</p>"
                + "<footer>© 2024 Example</footer></body></html>";
        assertThatThrownBy(() -> PARSER.parse(RawArticle.html(html)))
                .isInstanceOf(ArticleRejectedException.class)
                .satisfies(e -> assertThat(((ArticleRejectedException) e).code()).isEqualTo("no_text"));
    }

    @Test
    void sameArticleAsHtmlAndAsTextHasOneId() {
        String html = "<html><body><article><p>Police raided a flat in Saint-Denis on Wednesday.</p>"
                + "<p>Two people were killed, prosecutors said.</p></article></body></html>";
        String text = "Police raided a flat in Saint-Denis on Wednesday.\n\nTwo people were killed, prosecutors said.\n";
        assertThat(PARSER.parse(RawArticle.html(html)).id()).isEqualTo(PARSER.parse(RawArticle.text(text)).id());
    }
}

package io.eventline.nlp.article;

import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.PublicationDateOrigin;
import io.eventline.contracts.TextSpan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two real seed articles: boilerplate gone, every news sentence kept, title and date found. */
class SeedArticlesTest {
    static final ArticleParser PARSER = ArticleParser.create();

    static String seed(String prefix) throws IOException {
        Path dir = Path.of("..", "seeds");
        try (var files = Files.list(dir)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p, StandardCharsets.UTF_8);
        }
    }

    @Test
    void dwArticleLosesNavigationCreditsAndAgencyLineButKeepsTheNews() throws IOException {
        ParsedArticle a = PARSER.parse(RawArticle.text(seed("000")));
        System.out.println(a.text());

        assertThat(a.title()).isEqualTo("France seeks military help from EU");
        assertThat(a.publishedAt()).isEqualTo("2015-11-17");
        assertThat(a.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.TEXT);
        assertThat(a.source()).isEqualTo("DW");
        assertThat(a.text()).doesNotContain("Skip to", "https://", "Image:", "picture-alliance", "blc/jil",
                "Belgien Rat der EU", "November 17, 2015");
        assertThat(a.text()).contains(
                "The EU has pledged support for France after it requested help abroad in response to the brutal attack in Paris claimed by the \"Islamic State.\" France has engaged in multiple air strikes in Syria since the attack.",
                "EU defense ministers said on Tuesday they supported France's request for military assistance",
                "IS claimed responsibility for the brutal terrorist attacks in Paris on Friday night",
                "Strikes abroad, Searches at home",
                "searched 128 homes domestically in connection with the Paris attacks.",
                "\"We have to accept that and Europe has to understand,\" he said.");
        assertThat(a.text()).startsWith("France seeks military help from EU\n\n");
        assertThat(a.text()).endsWith("\"We have to accept that and Europe has to understand,\" he said.");
        assertSpansConsistent(a);
        assertThat(sentences(a)).contains(
                "On Tuesday, French Prime Minister Manuel Valls said the country would inevitably fail to meet its EU budget target as it ramps up its security measures in response to the heightened terrorism threat.",
                "There was no word as to whether or not the searches yielded any arrests.");
    }

    @Test
    void dailyCallerArticleLosesBylineAndSyndicationFootersAndHasNoDate() throws IOException {
        ParsedArticle a = PARSER.parse(RawArticle.text(seed("002")));
        System.out.println(a.text());

        assertThat(a.title()).isEqualTo("France Just Became The First EU Country To Invoke ‘Mutual Defense’ After Paris Attacks");
        assertThat(a.publishedAt()).isNull();
        assertThat(a.publishedAtOrigin()).isEqualTo(PublicationDateOrigin.NONE);
        assertThat(a.text()).doesNotContain("Daily Caller News Foundation logo", "Jonah Bennett Contributor",
                "Font Size", "Follow Jonah Bennett", "licensing", "available without charge");
        assertThat(a.text()).doesNotStartWith("World");
        assertThat(a.text()).contains(
                "France made history by being the first country in the European Union to invoke the mutual defense clause following the brutal attacks in Paris.",
                "The French defense minister Jean-Yves Le Drian invoked article 42.7 of the Treaty on European Union while in Brussels, USA Today reports.",
                "Hollande will visit the United States next week for a follow-up meeting with President Barack Obama.");
        assertThat(a.text()).endsWith("Hollande will visit the United States next week for a follow-up meeting with President Barack Obama.");
        assertSpansConsistent(a);
        assertThat(sentences(a)).contains(
                "French president Francois Hollande recently met with U.S. Secretary of State John Kerry, who insisted that ISIS is losing territory.",
                "This is the first time article 42.7 has ever come into play.");
    }

    @Test
    void sameSeedTwiceHasOneIdAndDifferentSeedsDiffer() throws IOException {
        String body = seed("000");
        String a = PARSER.parse(RawArticle.text(body)).id();
        String reformatted = PARSER.parse(RawArticle.text(body.replace("\n\n", "\r\n   \r\n").replace("\"", "“"))).id();
        assertThat(a).startsWith("art_").hasSize(4 + 32).isEqualTo(reformatted);
        assertThat(PARSER.parse(RawArticle.text(seed("002"))).id()).isNotEqualTo(a);
    }

    static List<String> sentences(ParsedArticle a) {
        return a.sentences().stream().map(s -> s.of(a.text())).toList();
    }

    static void assertSpansConsistent(ParsedArticle a) {
        int previousEnd = 0;
        for (TextSpan s : a.sentences()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            String sentence = s.of(a.text());
            assertThat(sentence).isEqualTo(sentence.strip()).isNotEmpty().doesNotContain("\n\n");
            previousEnd = s.end();
        }
        String joined = String.join("\n\n", a.paragraphs().stream().map(p -> p.of(a.text())).toList());
        assertThat(joined).isEqualTo(a.text());
    }
}

package io.eventline.timeline.service;

import io.eventline.contracts.Json;
import io.eventline.contracts.ParsedArticle;
import io.eventline.stack.testing.PostgresTestResource;
import io.eventline.timeline.Article;
import io.eventline.timeline.repository.ArticleRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real parser + real extractor + real merge over eight articles of the November 2015 story from different outlets
 * (three of them undated), in several random orders: the timeline must not depend on the order, and well-known
 * distinct happenings must stay distinct. Prints the timeline and a few figures.
 */
@QuarkusTest
@TestProfile(InMemoryChannelsProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true)
class MergeOrderEval {
    private static final List<String> RESOURCES = List.of(
            "/seeds/000_d4190f38c0055a75.txt", "/seeds/002_5baf3847724d37c3.txt",
            "/corpus/01-saint-denis-raid.txt", "/corpus/04-bamako-radisson.txt",
            "/corpus/21-raqqa-strikes-undated.txt", "/corpus/24-russia-france-allies.txt",
            "/corpus/29-unsc-resolution-2249.txt", "/corpus/40-eu-backs-france-undated.txt");
    private static final int ORDERS = 6;

    @Inject
    ArticleProcessor processor;
    @Inject
    TimelineSnapshot snapshot;
    @Inject
    SeedArticles parser;
    @Inject
    ArticleRepository articles;

    @Test
    void timelineOfTheNovember2015StoryDoesNotDependOnArrivalOrder() throws Exception {
        List<ParsedArticle> parsed = new ArrayList<>();
        for (String r : RESOURCES) {
            parsed.add(parser.parseResource(r));
        }
        Random random = new Random(2015);
        List<String> expected = null;
        long started = System.nanoTime();
        for (int i = 0; i < ORDERS; i++) {
            List<ParsedArticle> order = new ArrayList<>(parsed);
            Collections.shuffle(order, random);
            snapshot.reset();
            for (ParsedArticle a : order) {
                processor.process(a.id(), Json.mapper().writeValueAsString(a));
            }
            List<String> timeline = snapshot.lines();
            if (expected == null) {
                expected = timeline;
            }
            assertThat(timeline).as("order %d", i).isEqualTo(expected);
        }
        double perArticleMs = (System.nanoTime() - started) / 1e6 / (ORDERS * parsed.size());

        expected.forEach(l -> System.out.println("eval timeline: " + l));
        long multiSource = expected.stream().filter(l -> !l.contains("sources=1 ")).count();
        System.out.printf("eval figures: %d articles, %d events, %d with 2+ sources, %d undated events, %.0f ms/article%n",
                parsed.size(), expected.size(), multiSource,
                expected.stream().filter(l -> l.contains(" null..null ")).count(), perArticleMs);
        for (ParsedArticle a : parsed) {
            if (a.publishedDate() == null) {
                Article row = QuarkusTransaction.requiringNew().call(() -> articles.findById(a.id()));
                System.out.println("eval anchor: " + a.title() + " -> " + row.anchorDate
                        + (row.anchorInferred ? " (inferred)" : ""));
            }
        }

        // Paris (13 Nov) and Bamako (20 Nov) attacks are different happenings
        String bamako = parsed.get(3).id();
        String dw = parsed.get(0).id();
        assertThat(expected).anyMatch(l -> l.startsWith("ATTACK 2015-11-20") && l.contains(bamako) && !l.contains(dw));
        assertThat(expected).anyMatch(l -> l.startsWith("ATTACK 2015-11-13") && l.contains(dw));
        // several outlets report the same happenings: merging must have happened
        assertThat(multiSource).isGreaterThanOrEqualTo(3);
    }
}

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

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two seed articles through the real parser and the real extractor into the real merge: the undated Daily
 * Caller article gets dated by the DW article it shares happenings with, in either order.
 */
@QuarkusTest
@TestProfile(InMemoryChannelsProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true)
class SeedTimelineTest {
    private ParsedArticle dw;
    private ParsedArticle dailyCaller;

    @Inject
    ArticleProcessor processor;
    @Inject
    TimelineSnapshot snapshot;
    @Inject
    ArticleRepository articles;
    @Inject
    SeedArticles seeds;

    private void parseSeeds() {
        dw = seeds.parse("000_d4190f38c0055a75.txt");
        dailyCaller = seeds.parse("002_5baf3847724d37c3.txt");
    }

    private void process(ParsedArticle a) {
        try {
            processor.process(a.id(), Json.mapper().writeValueAsString(a));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void seedsGiveOneTimelineInEitherOrderAndDateTheUndatedArticle() throws Exception {
        parseSeeds();
        assertThat(dw.publishedDate()).isEqualTo(LocalDate.parse("2015-11-17"));
        assertThat(dailyCaller.publishedDate()).isNull();

        snapshot.reset();
        process(dw);
        process(dailyCaller);
        List<String> dwFirst = snapshot.lines();

        snapshot.reset();
        process(dailyCaller);
        process(dw);
        List<String> dcFirst = snapshot.lines();
        snapshot.lines().forEach(l -> System.out.println("seed timeline: " + l));

        assertThat(dcFirst).isEqualTo(dwFirst);

        Article dc = QuarkusTransaction.requiringNew().call(() -> articles.findById(dailyCaller.id()));
        assertThat(dc.anchorDate).isEqualTo(LocalDate.parse("2015-11-17"));
        assertThat(dc.anchorInferred).isTrue();

        String both = "[" + String.join(",", List.of(dw.id(), dailyCaller.id()).stream().sorted().toList()) + "]";
        // the DW article dates its Art. 42 reference by the Tuesday meeting it follows; the undated seed joins it
        assertThat(snapshot.eventLine("TREATY_INVOCATION", dailyCaller.id()))
                .startsWith("TREATY_INVOCATION 2015-11-17..null DAY OCCURRED sources=2").endsWith(both);
        assertThat(snapshot.eventLine("AIRSTRIKE", dailyCaller.id()))
                .startsWith("AIRSTRIKE 2015-11-17..null DAY OCCURRED sources=2").endsWith(both);
        assertThat(dcFirst).contains(
                "MEETING 2015-11-23..2015-11-29 WEEK PLANNED sources=1 [" + dailyCaller.id() + "]");
        assertThat(dcFirst).anyMatch(l -> l.startsWith("ATTACK 2015-11-13..null DAY OCCURRED") && l.contains(dw.id()));
        assertThat(dcFirst).noneMatch(l -> l.contains("null..null"));
    }
}

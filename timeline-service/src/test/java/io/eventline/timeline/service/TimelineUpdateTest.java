package io.eventline.timeline.service;

import io.eventline.contracts.ArticleStatus;
import io.eventline.contracts.ChangeType;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.Json;
import io.eventline.stack.testing.PostgresTestResource;
import io.eventline.timeline.Article;
import io.eventline.timeline.Change;
import io.eventline.timeline.repository.ArticleRepository;
import io.eventline.timeline.repository.ChangeRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merge against a real PostgreSQL: scripted mentions (see {@link ScriptedExtractor}) so that the assertions are
 * about merging, anchor inference, re-extraction, idempotence and order independence, not about extraction rules.
 */
@QuarkusTest
@TestProfile(ScriptedExtractorProfile.class)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true)
class TimelineUpdateTest {
    @Inject
    ArticleProcessor processor;
    @Inject
    TimelineSnapshot snapshot;
    @Inject
    ArticleRepository articles;
    @Inject
    ChangeRepository changes;

    @BeforeEach
    void reset() {
        snapshot.reset();
    }

    private void process(String name) {
        processor.process(name, ScriptArticles.json(name));
    }

    @Test
    void undatedArticleIsDatedByTheEventsItSharesAndReExtracted() {
        process("dw-2015-11-17");
        process("dc-undated");

        Article dc = QuarkusTransaction.requiringNew().call(() -> articles.findById("dc-undated"));
        assertThat(dc.anchorDate).isEqualTo(LocalDate.parse("2015-11-17"));
        assertThat(dc.anchorInferred).isTrue();
        assertThat(dc.status).isEqualTo(ArticleStatus.PROCESSED.name());

        assertThat(snapshot.eventLine("TREATY_INVOCATION", "dc-undated"))
                .isEqualTo("TREATY_INVOCATION 2015-11-17..null DAY OCCURRED sources=2 [dc-undated,dw-2015-11-17]");
        assertThat(snapshot.eventLine("AIRSTRIKE", "dc-undated"))
                .isEqualTo("AIRSTRIKE 2015-11-17..null DAY OCCURRED sources=2 [dc-undated,dw-2015-11-17]");
        assertThat(snapshot.eventLine("ATTACK", "dc-undated"))
                .isEqualTo("ATTACK 2015-11-13..null DAY OCCURRED sources=2 [dc-undated,dw-2015-11-17]");
        assertThat(snapshot.eventLine("MEETING", "dc-undated"))
                .isEqualTo("MEETING 2015-11-23..2015-11-29 WEEK PLANNED sources=1 [dc-undated]");
        assertThat(snapshot.lines()).noneMatch(l -> l.contains("null..null") && l.contains("dc-undated"));
    }

    @Test
    void sameArticlesInAnyOrderGiveTheSameTimeline() {
        List<List<String>> orders = permutations(ScriptArticles.ALL);
        List<String> expected = null;
        for (List<String> order : orders) {
            snapshot.reset();
            order.forEach(this::process);
            List<String> timeline = snapshot.lines();
            if (expected == null) {
                expected = timeline;
            }
            assertThat(timeline).as("order %s", order).isEqualTo(expected);
        }
        assertThat(orders).hasSize(120);
        // distinct happenings stayed distinct, same happenings merged
        assertThat(expected).contains(
                "ATTACK 2015-11-13..null DAY OCCURRED sources=4 [bbc-2015-11-18,blog-undated,dc-undated,dw-2015-11-17]",
                "ATTACK 2015-11-20..null DAY OCCURRED sources=1 [reuters-bamako-2015-11-20]",
                "AIRSTRIKE 2015-11-15..null DAY OCCURRED sources=2 [bbc-2015-11-18,dw-2015-11-17]",
                "AIRSTRIKE 2015-11-17..null DAY OCCURRED sources=2 [dc-undated,dw-2015-11-17]",
                // "police conducted raids" at home, only "France" in common: too little to merge, kept apart
                "RAID 2015-11-15..2015-11-17 RANGE OCCURRED sources=1 [dc-undated]",
                "RAID 2015-11-17..null DAY OCCURRED sources=1 [dw-2015-11-17]",
                "RAID 2015-11-18..null DAY OCCURRED sources=2 [bbc-2015-11-18,blog-undated]");
    }

    @Test
    void twoPipelinesProcessingConcurrentlyGiveTheSameTimelineAsOne() throws Exception {
        ScriptArticles.ALL.forEach(this::process);
        List<String> sequential = snapshot.lines();
        for (int round = 0; round < 3; round++) {
            snapshot.reset();
            // two consumers on different partitions: each thread its own share, both against the same database
            List<String> first = List.of("dc-undated", "reuters-bamako-2015-11-20", "blog-undated");
            List<String> second = List.of("dw-2015-11-17", "bbc-2015-11-18");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = pool.submit(() -> first.forEach(this::process));
                Future<?> b = pool.submit(() -> second.forEach(this::process));
                a.get();
                b.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(snapshot.lines()).isEqualTo(sequential);
        }
    }

    @Test
    void redeliveryStoresNothingAndAnnouncesNothing() {
        process("dw-2015-11-17");
        long changesBefore = QuarkusTransaction.requiringNew().call(() -> changes.count());
        List<String> before = snapshot.lines();

        TimelineUpdate.Result again = processor.process("dw-2015-11-17", ScriptArticles.json("dw-2015-11-17"));

        assertThat(again.processed()).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.count())).isEqualTo(changesBefore);
        assertThat(snapshot.lines()).isEqualTo(before);
        assertThat(changesBefore).isEqualTo(before.size()); // one CREATED per event on first processing
    }

    @Test
    void changeLogCarriesItsOwnSequenceAndTheMergedIds() throws Exception {
        process("dc-undated"); // undated: its events exist on their own first
        process("dw-2015-11-17");
        List<Change> log = QuarkusTransaction.requiringNew().call(() -> changes.findAfter(0, 1000));
        assertThat(log).isNotEmpty();
        boolean sawMerge = false;
        for (Change c : log) {
            EventChange payload = Json.mapper().readValue(c.payload, EventChange.class);
            assertThat(payload.sequence()).isEqualTo(c.sequence);
            assertThat(payload.type().name()).isEqualTo(c.changeType);
            assertThat(payload.event().id()).isEqualTo(c.eventId);
            assertThat(payload.event().sources()).isNotEmpty();
            if (payload.type() == ChangeType.MERGED) {
                sawMerge = true;
                assertThat(payload.mergedEventIds()).isNotEmpty().doesNotContain(c.eventId);
            }
        }
        // dc's undated treaty invocation existed alone; once dw dated it, the two events became one
        assertThat(sawMerge).isTrue();
        assertThat(snapshot.eventLine("TREATY_INVOCATION", "dc-undated")).contains("sources=2");
    }

    @Test
    void malformedMessageFailsAndIsRecordedWhenTheKeyNamesTheArticle() {
        assertThatThrownBy(() -> processor.process("broken-1", "{not json"))
                .isInstanceOf(InvalidArticleException.class);
        Article broken = QuarkusTransaction.requiringNew().call(() -> articles.findById("broken-1"));
        assertThat(broken.status).isEqualTo(ArticleStatus.FAILED.name());
        assertThat(broken.error).contains("not a ParsedArticle");

        // a later good delivery of a failed article is processed normally
        process("reuters-bamako-2015-11-20");
        assertThat(snapshot.lines()).hasSize(1);
    }

    static List<List<String>> permutations(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new ArrayList<>(items);
            String head = rest.remove(i);
            for (List<String> tail : permutations(rest)) {
                List<String> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }
}

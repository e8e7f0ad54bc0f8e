package io.eventline.e2e;

import io.eventline.contracts.ArticleStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;
import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.ArticleView;
import io.eventline.stack.EventlineClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Both seed articles through the public gateway of the running stack, and the timeline that comes out. */
class SeedsTimelineIT {

    private static final LocalDate ATTACKS = LocalDate.of(2015, 11, 13);
    private static final LocalDate ARTICLE_DAY = LocalDate.of(2015, 11, 17);

    @Test
    void seedsGiveTheDatedEventsOfNovember2015WithEvidence() throws Exception {
        EventlineClient client = RunningStack.client();
        List<String> ids = RunningStack.ingestSeeds();
        List<ArticleView> articles = ids.stream().map(client::article).toList();
        assertThat(articles).extracting(ArticleView::status).containsOnly(ArticleStatus.PROCESSED);

        List<TimelineEvent> timeline = client.timeline();

        assertThat(find(timeline, EventType.ATTACK, ATTACKS, e -> mentions(e, "Paris")))
                .as("the Paris attacks on Friday night, 13 Nov 2015").isNotNull();
        assertThat(find(timeline, EventType.TREATY_INVOCATION, ARTICLE_DAY, e -> true))
                .as("France invoking Art. 42.7 on 17 Nov 2015").isNotNull();
        assertThat(find(timeline, EventType.AIRSTRIKE, ARTICLE_DAY, e -> mentions(e, "Raqqa")))
                .as("French air strikes on Raqqa on 17 Nov 2015").isNotNull();
        TimelineEvent searches = find(timeline, EventType.RAID, ARTICLE_DAY,
                e -> e.quantities().stream().map(Quantity::value).anyMatch(v -> v == 128));
        assertThat(searches).as("police searching 128 homes on 17 Nov 2015").isNotNull();
        assertThat(searches.sources()).anySatisfy(s -> assertThat(s.sentence()).contains("128 homes"));

        assertThat(timeline).extracting(TimelineEvent::date).filteredOn(d -> d != null).isSorted();
    }

    @Test
    void postingTheSameArticleTwiceGivesOneIdAndNoExtraEvents() throws Exception {
        EventlineClient client = RunningStack.client();
        Path seed = RunningStack.seeds().resolve("000_d4190f38c0055a75.txt");
        String first = client.postFile(seed);
        client.awaitProcessed(List.of(first), Duration.ofMinutes(2));
        List<TimelineEvent> before = citing(client.timeline(), first);

        String second = client.postFile(seed);
        assertThat(second).isEqualTo(first);
        Thread.sleep(3000); // give a wrongly re-processed copy time to show up before counting again
        List<TimelineEvent> after = citing(client.timeline(), first);
        assertThat(after).extracting(TimelineEvent::id)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(TimelineEvent::id).toList());
        assertThat(after).allSatisfy(e -> assertThat(e.sources()).filteredOn(s -> first.equals(s.articleId()))
                .extracting(s -> s.sentenceStart()).doesNotHaveDuplicates());
        assertThat(client.article(first).eventIds()).isNotEmpty();
    }

    private static TimelineEvent find(List<TimelineEvent> timeline, EventType type, LocalDate date,
                                      Predicate<TimelineEvent> also) {
        return timeline.stream()
                .filter(e -> e.type() == type && date.equals(e.date()) && also.test(e))
                .filter(e -> e.sources().stream().anyMatch(s -> s.sentence() != null && !s.sentence().isBlank()))
                .findFirst().orElse(null);
    }

    /** The events for which the article is a source (other tests add unrelated events to the same stack). */
    private static List<TimelineEvent> citing(List<TimelineEvent> timeline, String articleId) {
        return timeline.stream()
                .filter(e -> e.sources().stream().anyMatch(s -> articleId.equals(s.articleId())))
                .toList();
    }

    private static boolean mentions(TimelineEvent e, String place) {
        return e.locations().stream().anyMatch(l -> l.contains(place))
                || e.title().contains(place)
                || e.sources().stream().anyMatch(s -> s.sentence() != null && s.sentence().contains(place));
    }
}

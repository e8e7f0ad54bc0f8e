package io.eventline.timeline.service;

import io.eventline.contracts.AlternativeDate;
import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.eventline.contracts.EventType.ATTACK;
import static io.eventline.contracts.EventType.MEETING;
import static io.eventline.nlp.extract.DateBasis.ANCHOR;
import static io.eventline.nlp.extract.DateBasis.EXPLICIT;
import static io.eventline.nlp.extract.DateBasis.RELATIVE;
import static org.assertj.core.api.Assertions.assertThat;

class EventAggregatorTest {
    private final EventAggregator aggregator = new EventAggregator(Places.fromClasspath());

    @Test
    void textualDateBeatsPublicationDateDefaultAndIsNotADisagreement() {
        EventAggregate a = aggregator.aggregate(List.of(
                Mentions.of(ATTACK).article("dw").day("2015-11-13", RELATIVE).at("Paris").build(),
                Mentions.of(ATTACK).article("dc").day("2015-11-17", ANCHOR).at("Paris").build(),
                Mentions.of(ATTACK).article("x").day("2015-11-17", ANCHOR).at("Paris").build()));
        assertThat(a.date()).isEqualTo(LocalDate.parse("2015-11-13"));
        assertThat(a.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(a.alternativeDates()).isEmpty();
        assertThat(a.sourceCount()).isEqualTo(3);
    }

    @Test
    void mostPreciseThenMostSourcesWinsAndDisagreementsAreKept() {
        EventAggregate a = aggregator.aggregate(List.of(
                Mentions.of(ATTACK).article("a").day("2015-11-13", RELATIVE).at("Paris").build(),
                Mentions.of(ATTACK).article("b").day("2015-11-13", EXPLICIT).at("Paris").build(),
                Mentions.of(ATTACK).article("c").day("2015-11-14", EXPLICIT).at("Paris").build(),
                Mentions.of(ATTACK).article("d").week("2015-11-09", RELATIVE).at("Paris").build()));
        assertThat(a.date()).isEqualTo(LocalDate.parse("2015-11-13"));
        assertThat(a.alternativeDates()).containsExactly(
                new AlternativeDate(LocalDate.parse("2015-11-14"), null, DatePrecision.DAY, 1));
    }

    @Test
    void explicitBeatsRelativeWhenPrecisionAndSupportTie() {
        EventAggregate a = aggregator.aggregate(List.of(
                Mentions.of(ATTACK).article("a").day("2015-11-14", RELATIVE).build(),
                Mentions.of(ATTACK).article("b").day("2015-11-13", EXPLICIT).build()));
        assertThat(a.date()).isEqualTo(LocalDate.parse("2015-11-13"));
        assertThat(a.alternativeDates()).extracting(AlternativeDate::date).containsExactly(LocalDate.parse("2015-11-14"));
    }

    @Test
    void weekPrecisionPlannedEventKeepsItsWeek() {
        EventAggregate a = aggregator.aggregate(List.of(
                Mentions.of(MEETING).article("dc").week("2015-11-23", RELATIVE).planned().actors("Hollande", "Obama").build()));
        assertThat(a.date()).isEqualTo(LocalDate.parse("2015-11-23"));
        assertThat(a.dateEnd()).isEqualTo(LocalDate.parse("2015-11-29"));
        assertThat(a.datePrecision()).isEqualTo(DatePrecision.WEEK);
        assertThat(a.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void undatedEventHasUnknownPrecision() {
        EventAggregate a = aggregator.aggregate(List.of(Mentions.of(ATTACK).article("u").undated().build()));
        assertThat(a.date()).isNull();
        assertThat(a.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void namesAreDedupedAcrossSpellingsAndOrderedBySupport() {
        EventAggregate a = aggregator.aggregate(List.of(
                Mentions.of(ATTACK).article("a").day("2015-11-13", EXPLICIT).actors("Islamic State").at("Paris").build(),
                Mentions.of(ATTACK).article("b").day("2015-11-13", EXPLICIT).actors("ISIS", "gunmen").at("paris", "France").build(),
                Mentions.of(ATTACK).article("c").day("2015-11-13", EXPLICIT).actors("Islamic State").at("Paris").quantity(130, "killed").build()));
        assertThat(a.actors()).containsExactly("Islamic State", "gunmen");
        assertThat(a.locations()).containsExactly("Paris", "France");
        assertThat(a.quantities()).hasSize(1);
    }

    @Test
    void confidenceGrowsWithIndependentArticlesOnly() {
        double one = aggregator.aggregate(List.of(
                Mentions.of(ATTACK).article("a").day("2015-11-13", EXPLICIT).confidence(0.6).build())).confidence();
        double sameArticleTwice = aggregator.aggregate(List.of(
                Mentions.of(ATTACK).article("a").day("2015-11-13", EXPLICIT).confidence(0.6).sentence("x", 0).build(),
                Mentions.of(ATTACK).article("a").day("2015-11-13", EXPLICIT).confidence(0.6).sentence("y", 9).build())).confidence();
        double twoArticles = aggregator.aggregate(List.of(
                Mentions.of(ATTACK).article("a").day("2015-11-13", EXPLICIT).confidence(0.6).build(),
                Mentions.of(ATTACK).article("b").day("2015-11-13", EXPLICIT).confidence(0.6).build())).confidence();
        assertThat(sameArticleTwice).isEqualTo(one);
        assertThat(twoArticles).isGreaterThan(one).isLessThan(1.0);
    }

    @Test
    void aggregateDoesNotDependOnMentionOrder() {
        List<MentionFacts> all = new ArrayList<>(List.of(
                Mentions.of(ATTACK).article("a").day("2015-11-13", RELATIVE).actors("IS").at("Paris").confidence(0.7).build(),
                Mentions.of(ATTACK).article("b").day("2015-11-14", EXPLICIT).actors("gunmen").at("Paris").confidence(0.9).build(),
                Mentions.of(ATTACK).article("c").day("2015-11-17", ANCHOR).actors("attackers").at("France").confidence(0.5).build()));
        EventAggregate expected = aggregator.aggregate(all);
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(all, random);
            assertThat(aggregator.aggregate(all)).isEqualTo(expected);
        }
    }
}

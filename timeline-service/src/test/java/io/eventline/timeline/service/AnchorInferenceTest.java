package io.eventline.timeline.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.eventline.contracts.EventType.AIRSTRIKE;
import static io.eventline.contracts.EventType.ATTACK;
import static io.eventline.contracts.EventType.MEETING;
import static io.eventline.contracts.EventType.TREATY_INVOCATION;
import static io.eventline.nlp.extract.DateBasis.EXPLICIT;
import static io.eventline.nlp.extract.DateBasis.RELATIVE;
import static org.assertj.core.api.Assertions.assertThat;

class AnchorInferenceTest {
    private final AnchorInference inference = new AnchorInference(new EventAggregator(Places.fromClasspath()));

    @Test
    void anchorIsTheLatestOccurredHappeningDatedByDatedArticles() {
        var attack = List.of(
                Mentions.of(ATTACK).article("dw").day("2015-11-13", RELATIVE).at("Paris").build(),
                Mentions.of(ATTACK).article("u").undatedArticle().undated().at("Paris").build());
        var strikes = List.of(
                Mentions.of(AIRSTRIKE).article("dw").day("2015-11-17", RELATIVE).at("Syria").build(),
                Mentions.of(AIRSTRIKE).article("u").undatedArticle().undated().at("Syria").build());
        var plannedVisit = List.of(
                Mentions.of(MEETING).article("other").day("2015-11-24", EXPLICIT).build(),
                Mentions.of(MEETING).article("u").undatedArticle().undated().planned().build());
        assertThat(inference.infer("u", List.of(attack, strikes, plannedVisit))).isEqualTo(LocalDate.parse("2015-11-17"));
    }

    @Test
    void aHappeningDatedOnlyByItsReportsAnchorsDatesByTheEndOfTheRange() {
        var invocation = List.of(
                Mentions.of(TREATY_INVOCATION).article("dw").reportedBy("2015-11-17").build(),
                Mentions.of(TREATY_INVOCATION).article("u").undatedArticle().undated().build());
        assertThat(inference.infer("u", List.of(invocation))).isEqualTo(LocalDate.parse("2015-11-17"));
    }

    @Test
    void undatedArticlesDoNotDateEachOtherAndNothingDatedGivesNoAnchor() {
        var event = List.of(
                Mentions.of(ATTACK).article("u").undatedArticle().undated().at("Paris").build(),
                Mentions.of(ATTACK).article("v").undatedArticle().day("2015-11-19", RELATIVE).at("Paris").build());
        assertThat(inference.infer("u", List.of(event))).isNull();
    }
}

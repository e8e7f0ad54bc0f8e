package io.eventline.timeline.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.eventline.contracts.EventType.ATTACK;
import static io.eventline.nlp.extract.DateBasis.EXPLICIT;
import static org.assertj.core.api.Assertions.assertThat;

class TimelineMergerIdsTest {

    @Test
    void groupKeepsTheIdHoldingMostOfItsMentionsAndEachIdServesOneGroup() {
        var a1 = Mentions.of(ATTACK).article("a").event("ev_1").day("2015-11-13", EXPLICIT).build();
        var a2 = Mentions.of(ATTACK).article("b").event("ev_2").day("2015-11-13", EXPLICIT).build();
        var a3 = Mentions.of(ATTACK).article("c").event("ev_2").day("2015-11-13", EXPLICIT).build();
        var split = Mentions.of(ATTACK).article("d").event("ev_2").day("2015-11-20", EXPLICIT).build();
        var fresh = Mentions.of(ATTACK).article("e").day("2015-12-01", EXPLICIT).build();
        String[] ids = TimelineMerger.assignIds(List.of(List.of(a1, a2, a3), List.of(split), List.of(fresh)));
        assertThat(ids).containsExactly("ev_2", null, null);
    }
}

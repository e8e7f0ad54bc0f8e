package io.eventline.gateway.service;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.TimelineEvent;
import io.eventline.gateway.fakes.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineQueryTest {

    private static TimelineQuery q(String from, String to, List<String> types, String actor, String location, String text) {
        return TimelineQuery.parse(from, to, types, actor, location, text, null, null, null, null);
    }

    @Test
    void typesMayRepeatOrBeCommaListsInAnyCase() {
        TimelineQuery query = q(null, null, List.of("attack, airstrike", "TREATY-INVOCATION"), null, null, null);
        assertThat(query.types()).containsExactlyInAnyOrder(EventType.ATTACK, EventType.AIRSTRIKE, EventType.TREATY_INVOCATION);
        assertThat(query.typeNames()).containsExactly("AIRSTRIKE", "ATTACK", "TREATY_INVOCATION");
    }

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(() -> q("2015-13-01", null, null, null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> q(null, null, List.of("PICNIC"), null, null, null))
                .extracting("field").isEqualTo("type");
        assertThatThrownBy(() -> TimelineQuery.parse(null, null, null, null, null, null, "MAYBE", null, null, null))
                .extracting("field").isEqualTo("status");
        assertThatThrownBy(() -> TimelineQuery.parse(null, null, null, null, null, null, null, "-1", null, null))
                .extracting("field").isEqualTo("minSources");
        assertThatThrownBy(() -> TimelineQuery.parse(null, null, null, null, null, null, null, null, "0", null))
                .extracting("field").isEqualTo("limit");
        assertThatThrownBy(() -> q("2015-11-20", "2015-11-10", null, null, null, null))
                .extracting("field").isEqualTo("from");
    }

    @Test
    void datesOverlapInclusivelyAndUndatedEventsOnlyWithoutBounds() {
        TimelineEvent paris = TestEvents.parisAttacks(); // 2015-11-13
        TimelineEvent week = new TimelineEvent("w", EventType.RAID, "Raids", LocalDate.of(2015, 11, 16),
                LocalDate.of(2015, 11, 22), io.eventline.contracts.DatePrecision.WEEK, EventStatus.OCCURRED,
                List.of(), List.of(), List.of(), null, 1, 1, List.of(), List.of(), null, null);
        TimelineEvent undated = TestEvents.event("u", EventType.MEETING, "A meeting", null, List.of(), List.of(), "They met.");

        assertThat(q("2015-11-13", "2015-11-13", null, null, null, null).matches(paris)).isTrue();
        assertThat(q("2015-11-14", null, null, null, null, null).matches(paris)).isFalse();
        assertThat(q(null, "2015-11-12", null, null, null, null).matches(paris)).isFalse();
        assertThat(q("2015-11-20", "2015-11-30", null, null, null, null).matches(week)).isTrue();
        assertThat(q("2015-11-23", null, null, null, null, null).matches(week)).isFalse();
        assertThat(q(null, null, null, null, null, null).matches(undated)).isTrue();
        assertThat(q(null, "2030-01-01", null, null, null, null).matches(undated)).isFalse();
    }

    @Test
    void actorAndLocationMatchWholeValuesIgnoringCaseAndTextIsASubstring() {
        TimelineEvent paris = TestEvents.parisAttacks();
        assertThat(q(null, null, null, "islamic state", null, null).matches(paris)).isTrue();
        assertThat(q(null, null, null, "islamic", null, null).matches(paris)).isFalse();
        assertThat(q(null, null, null, "France", null, null).matches(paris)).isFalse();
        assertThat(q(null, null, null, null, "saint-denis", null).matches(paris)).isTrue();
        assertThat(q(null, null, null, null, "saint", null).matches(paris)).isFalse();
        assertThat(q(null, null, null, null, null, "CONCERT HALL").matches(paris)).isTrue(); // evidence sentence
        assertThat(q(null, null, null, null, null, "coordinated").matches(paris)).isTrue();   // title
        assertThat(q(null, null, null, null, null, "Raqqa").matches(paris)).isFalse();
        assertThat(q(null, null, List.of("AIRSTRIKE"), null, null, null).matches(paris)).isFalse();
    }

    @Test
    void statusAndMinSources() {
        TimelineEvent paris = TestEvents.parisAttacks(); // OCCURRED, 1 source
        assertThat(TimelineQuery.parse(null, null, null, null, null, null, "planned", null, null, null).matches(paris)).isFalse();
        assertThat(TimelineQuery.parse(null, null, null, null, null, null, "occurred", "1", null, null).matches(paris)).isTrue();
        assertThat(TimelineQuery.parse(null, null, null, null, null, null, null, "2", null, null).matches(paris)).isFalse();
    }
}

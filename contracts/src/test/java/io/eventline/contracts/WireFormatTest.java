package io.eventline.contracts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WireFormatTest {

    @Test
    void timelineEventUsesIsoDatesAndRoundTrips() throws Exception {
        TimelineEvent event = new TimelineEvent("e1", EventType.RAID, "Police search 128 homes",
                LocalDate.of(2015, 11, 17), null, DatePrecision.DAY, EventStatus.OCCURRED,
                List.of("French police"), List.of("France"), List.of(new Quantity(128, "homes searched")),
                null, 0.8, 1,
                List.of(new EventSource("a1", "DW", "France seeks military help", null, "2015-11-17",
                        "The government conducted raids.", 10, 41)),
                List.of(), Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z"));

        String json = Json.mapper().writeValueAsString(event);

        assertThat(json).contains("\"date\":\"2015-11-17\"").contains("\"dateEnd\":null")
                .contains("\"quantities\":[{\"value\":128,\"unit\":\"homes searched\"}]");
        assertThat(Json.mapper().readValue(json, TimelineEvent.class)).isEqualTo(event);
    }

    @Test
    void publishedDateReadsDatesAndDateTimes() {
        assertThat(article("2015-11-17").publishedDate()).isEqualTo(LocalDate.of(2015, 11, 17));
        assertThat(article("2015-11-17T22:15:00+01:00").publishedDate()).isEqualTo(LocalDate.of(2015, 11, 17));
        assertThat(article(null).publishedDate()).isNull();
    }

    @Test
    void changeTypesMapToCloudEventTypes() {
        for (ChangeType type : ChangeType.values()) {
            assertThat(ChangeType.fromCloudEventType(type.cloudEventType())).isEqualTo(type);
        }
        assertThat(ChangeType.MERGED.cloudEventType()).isEqualTo("eventline.event.merged");
    }

    private static ParsedArticle article(String publishedAt) {
        return new ParsedArticle("a", "t", null, null, publishedAt, PublicationDateOrigin.NONE, "x",
                List.of(new TextSpan(0, 1)), List.of(new TextSpan(0, 1)), Instant.EPOCH);
    }
}

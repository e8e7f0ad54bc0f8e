package io.eventline.gateway.messaging;

import io.eventline.contracts.ChangeType;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.Json;
import io.eventline.gateway.fakes.TestEvents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeDecoderTest {
    private final ChangeDecoder decoder = new ChangeDecoder(Json.mapper());

    @Test
    void decodesTheJsonValue() throws Exception {
        String json = Json.mapper().writeValueAsString(TestEvents.change(42, ChangeType.MERGED, TestEvents.article427()));
        EventChange change = decoder.decode("eventline.event.merged", "42", json);
        assertThat(change.sequence()).isEqualTo(42);
        assertThat(change.type()).isEqualTo(ChangeType.MERGED);
        assertThat(change.mergedEventIds()).containsExactly("evt-old");
        assertThat(change.event().title()).contains("42.7");
    }

    @Test
    void headersFillWhatTheValueLacks() {
        String json = "{\"event\":{\"id\":\"e1\",\"type\":\"ARREST\",\"title\":\"Arrest in Brussels\"},\"unknownField\":1}";
        EventChange change = decoder.decode("eventline.event.created", "7", json);
        assertThat(change.sequence()).isEqualTo(7);
        assertThat(change.type()).isEqualTo(ChangeType.CREATED);
    }

    @Test
    void rejectsWhatCannotBeAChange() {
        assertThatThrownBy(() -> decoder.decode("eventline.event.created", "1", "not json"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decoder.decode("eventline.event.created", null, "{\"event\":{\"id\":\"e\"}}"))
                .hasMessageContaining("sequence");
        assertThatThrownBy(() -> decoder.decode("eventline.event.created", "3", "{\"sequence\":3}"))
                .hasMessageContaining("without an event");
        assertThatThrownBy(() -> decoder.decode("something.else", "3", "{\"sequence\":3,\"event\":{\"id\":\"e\"}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

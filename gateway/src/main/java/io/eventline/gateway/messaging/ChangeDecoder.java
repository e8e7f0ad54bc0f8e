package io.eventline.gateway.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventline.contracts.ChangeType;
import io.eventline.contracts.EventChange;

import java.io.IOException;

/**
 * Reads one {@code timeline.events} record (binary-mode CloudEvent: attributes in {@code ce_*} headers, the
 * EventChange JSON as value). The JSON is authoritative; the headers fill in what an older producer left out.
 */
public final class ChangeDecoder {
    private final ObjectMapper mapper;

    public ChangeDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public EventChange decode(String ceType, String ceId, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty timeline change");
        }
        EventChange change;
        try {
            change = mapper.readValue(value, EventChange.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an EventChange: " + e.getMessage(), e);
        }
        ChangeType type = change.type() != null ? change.type() : ChangeType.fromCloudEventType(ceType);
        long sequence = change.sequence();
        if (sequence <= 0 && ceId != null) {
            try {
                sequence = Long.parseLong(ceId.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ce_id is not a change sequence: " + ceId);
            }
        }
        if (sequence <= 0) {
            throw new IllegalArgumentException("timeline change without a sequence");
        }
        if (change.event() == null) {
            throw new IllegalArgumentException("timeline change " + sequence + " without an event");
        }
        return new EventChange(sequence, type, change.event(), change.mergedEventIds(), change.at());
    }
}

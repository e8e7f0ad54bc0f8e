package io.eventline.gateway.fakes;

import io.eventline.contracts.ChangeType;
import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.EventSource;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.TimelineEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Builders of realistic wire objects for the tests. */
public final class TestEvents {
    private TestEvents() {
    }

    public static TimelineEvent event(String id, EventType type, String title, LocalDate date, List<String> actors,
                                      List<String> locations, String sentence) {
        return new TimelineEvent(id, type, title, date, null, date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY,
                EventStatus.OCCURRED, actors, locations, List.of(), type.defaultCameoCode(), 0.9, 1,
                List.of(new EventSource("art-" + id, "Example News", "Article about " + title,
                        "https://news.example/" + id, "2015-11-17", sentence, 0, sentence.length())),
                List.of(), Instant.parse("2015-11-17T10:00:00Z"), Instant.parse("2015-11-17T10:00:00Z"));
    }

    public static TimelineEvent parisAttacks() {
        return event("evt-paris", EventType.ATTACK, "Coordinated attacks in Paris and Saint-Denis",
                LocalDate.of(2015, 11, 13), List.of("Islamic State"), List.of("Paris", "Saint-Denis"),
                "On Friday night, gunmen and suicide bombers attacked a concert hall, restaurants and the stadium.");
    }

    public static TimelineEvent article427() {
        return event("evt-427", EventType.TREATY_INVOCATION, "France invokes Article 42.7 of the EU treaty",
                LocalDate.of(2015, 11, 17), List.of("France", "European Union"), List.of("Brussels"),
                "France invoked the EU's mutual defence clause, Article 42.7, for the first time on Tuesday.");
    }

    public static TimelineEvent raqqaStrikes() {
        return event("evt-raqqa", EventType.AIRSTRIKE, "French jets strike Raqqa",
                LocalDate.of(2015, 11, 15), List.of("France"), List.of("Raqqa", "Syria"),
                "French warplanes dropped 20 bombs on Raqqa on Sunday night.");
    }

    public static EventChange change(long sequence, ChangeType type, TimelineEvent event) {
        return new EventChange(sequence, type, event, type == ChangeType.MERGED ? List.of("evt-old") : List.of(),
                Instant.parse("2015-11-17T10:00:00Z").plusSeconds(sequence));
    }
}

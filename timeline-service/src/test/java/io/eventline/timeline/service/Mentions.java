package io.eventline.timeline.service;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;
import io.eventline.nlp.extract.DateBasis;

import java.time.LocalDate;
import java.util.List;

/** Test builder for merge facts. */
final class Mentions {
    private String article = "a1";
    private boolean undatedArticle;
    private String eventId;
    private EventType type = EventType.ATTACK;
    private LocalDate date;
    private LocalDate dateEnd;
    private DatePrecision precision = DatePrecision.DAY;
    private EventStatus status = EventStatus.OCCURRED;
    private DateBasis basis = DateBasis.EXPLICIT;
    private List<String> actors = List.of();
    private List<String> locations = List.of();
    private List<Quantity> quantities = List.of();
    private double confidence = 0.8;
    private String sentence = "a sentence";
    private String title;
    private int start;

    static Mentions of(EventType type) {
        Mentions m = new Mentions();
        m.type = type;
        return m;
    }

    Mentions article(String id) {
        this.article = id;
        return this;
    }

    Mentions undatedArticle() {
        this.undatedArticle = true;
        return this;
    }

    Mentions event(String id) {
        this.eventId = id;
        return this;
    }

    Mentions day(String iso, DateBasis basis) {
        this.date = LocalDate.parse(iso);
        this.precision = DatePrecision.DAY;
        this.basis = basis;
        return this;
    }

    Mentions week(String monday, DateBasis basis) {
        this.date = LocalDate.parse(monday);
        this.dateEnd = date.plusDays(6);
        this.precision = DatePrecision.WEEK;
        this.basis = basis;
        return this;
    }

    /** Reported by an article of {@code anchorIso} without a day of its own: the RANGE of the two days before it up to it. */
    Mentions reportedBy(String anchorIso) {
        this.dateEnd = LocalDate.parse(anchorIso);
        this.date = dateEnd.minusDays(2);
        this.precision = DatePrecision.RANGE;
        this.basis = DateBasis.ANCHOR;
        return this;
    }

    Mentions undated() {
        this.date = null;
        this.dateEnd = null;
        this.precision = DatePrecision.UNKNOWN;
        this.basis = DateBasis.NONE;
        return this;
    }

    Mentions planned() {
        this.status = EventStatus.PLANNED;
        return this;
    }

    Mentions actors(String... a) {
        this.actors = List.of(a);
        return this;
    }

    Mentions at(String... l) {
        this.locations = List.of(l);
        return this;
    }

    Mentions quantity(long v, String unit) {
        this.quantities = List.of(new Quantity(v, unit));
        return this;
    }

    Mentions confidence(double c) {
        this.confidence = c;
        return this;
    }

    Mentions sentence(String s, int start) {
        this.sentence = s;
        this.start = start;
        return this;
    }

    Mentions title(String title) {
        this.title = title;
        return this;
    }

    MentionFacts build() {
        return new MentionFacts(null, eventId, article, undatedArticle, type, type.defaultCameoCode(),
                title != null ? title : type + " " + String.join(",", locations), date, dateEnd, precision, status, basis, actors, locations,
                quantities, confidence, sentence, start, start + (sentence == null ? 0 : sentence.length()), null);
    }
}

package io.eventline.timeline.service;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.nlp.extract.DateBasis;
import io.eventline.nlp.extract.ExtractedEvent;
import io.eventline.timeline.Mention;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Converts between extracted mentions, stored mention rows and the merge's {@link MentionFacts}. */
public final class MentionRows {
    private MentionRows() {
    }

    public static MentionFacts facts(Mention m, boolean articleUndated) {
        return new MentionFacts(m.id, m.eventId, m.articleId, articleUndated,
                EventType.valueOf(m.type), m.cameoCode, m.title, m.date, m.dateEnd,
                m.datePrecision == null ? null : DatePrecision.valueOf(m.datePrecision),
                m.status == null ? EventStatus.OCCURRED : EventStatus.valueOf(m.status),
                m.dateBasis == null ? DateBasis.NONE : DateBasis.valueOf(m.dateBasis),
                list(m.actors), list(m.locations), JsonColumns.quantities(m.quantities), m.confidence,
                m.sentence, m.sentenceStart == null ? 0 : m.sentenceStart,
                m.sentenceEnd == null ? 0 : m.sentenceEnd, m.timeExpression);
    }

    public static MentionFacts facts(String articleId, boolean articleUndated, ExtractedEvent e) {
        return new MentionFacts(null, null, articleId, articleUndated, e.type(), e.cameoCode(), e.title(),
                e.date(), e.dateEnd(), e.datePrecision(), e.status() == null ? EventStatus.OCCURRED : e.status(),
                e.dateBasis() == null ? (e.date() == null ? DateBasis.NONE : DateBasis.ANCHOR) : e.dateBasis(),
                clean(e.actors()), clean(e.locations()), e.quantities() == null ? List.of() : e.quantities(),
                e.confidence(), e.sentence(), e.sentenceStart(), e.sentenceEnd(), e.timeExpression());
    }

    public static Mention row(MentionFacts f, String eventId) {
        Mention m = new Mention();
        m.eventId = eventId;
        m.articleId = f.articleId();
        m.type = f.type().name();
        m.title = f.title();
        m.date = f.date();
        m.dateEnd = f.dateEnd();
        m.datePrecision = f.precisionOrUnknown().name();
        m.status = f.status().name();
        m.dateBasis = f.basis().name();
        m.timeExpression = f.timeExpression();
        m.actors = f.actors().toArray(String[]::new);
        m.locations = f.locations().toArray(String[]::new);
        m.quantities = JsonColumns.write(f.quantities());
        m.cameoCode = f.cameoCode();
        m.confidence = f.confidence();
        m.sentence = f.sentence();
        m.sentenceStart = f.sentenceStart();
        m.sentenceEnd = f.sentenceEnd();
        return m;
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}

package io.eventline.timeline.service;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventSource;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.TimelineEvent;
import io.eventline.timeline.Article;
import io.eventline.timeline.Event;
import io.eventline.timeline.Mention;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds the wire {@link TimelineEvent} from stored rows: one source per supporting mention. */
public final class EventViews {
    private EventViews() {
    }

    public static TimelineEvent toWire(Event e, List<Mention> mentions, Map<String, Article> articles) {
        List<EventSource> sources = mentions.stream()
                .sorted(Comparator.comparing((Mention m) -> m.articleId)
                        .thenComparing(m -> m.sentenceStart == null ? 0 : m.sentenceStart))
                .map(m -> {
                    Article a = articles.get(m.articleId);
                    return new EventSource(m.articleId, a == null ? null : a.source, a == null ? null : a.title,
                            a == null ? null : a.url, a == null ? null : a.publishedAt, m.sentence,
                            m.sentenceStart, m.sentenceEnd);
                })
                .toList();
        return new TimelineEvent(e.id, EventType.valueOf(e.type), e.title, e.date, e.dateEnd,
                e.datePrecision == null ? DatePrecision.UNKNOWN : DatePrecision.valueOf(e.datePrecision),
                e.status == null ? EventStatus.OCCURRED : EventStatus.valueOf(e.status),
                e.actors == null ? List.of() : Arrays.asList(e.actors),
                e.locations == null ? List.of() : Arrays.asList(e.locations),
                JsonColumns.quantities(e.quantities), e.cameoCode, e.confidence, e.sourceCount, sources,
                JsonColumns.alternativeDates(e.alternativeDates), e.createdAt, e.updatedAt);
    }
}

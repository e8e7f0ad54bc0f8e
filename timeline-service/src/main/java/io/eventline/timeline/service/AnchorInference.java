package io.eventline.timeline.service;

import io.eventline.contracts.EventStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Infers the anchor date of an article that carries no date, from the dated happenings it reports.
 *
 * <p>Rule: an article is written after the happenings it reports as having occurred, and news reports recent
 * happenings, so its anchor is the latest date, as supported by articles that have their own publication date, among
 * the occurred events its mentions merged with. Only dated articles count, so that undated articles can never date
 * each other in a circle; planned events are ignored because they lie after the article. No such event → no anchor.
 */
public final class AnchorInference {
    private final EventAggregator aggregator;

    public AnchorInference(EventAggregator aggregator) {
        this.aggregator = aggregator;
    }

    /**
     * @param articleId the undated article
     * @param events    the mentions of every event that contains at least one mention of the article
     */
    public LocalDate infer(String articleId, Collection<List<MentionFacts>> events) {
        LocalDate anchor = null;
        for (List<MentionFacts> event : events) {
            boolean reportedAsOccurred = event.stream()
                    .anyMatch(m -> m.articleId().equals(articleId) && m.status() != EventStatus.PLANNED);
            if (!reportedAsOccurred) {
                continue;
            }
            List<MentionFacts> dated = event.stream()
                    .filter(m -> !m.articleUndated() && m.dated() && m.status() != EventStatus.PLANNED).toList();
            if (dated.isEmpty()) {
                continue;
            }
            EventAggregate happening = aggregator.aggregate(dated);
            // dated only by its reports' anchors (the RANGE of days up to publication): it was reported by the end
            LocalDate date = dated.stream().anyMatch(MentionFacts::textualDate) || happening.dateEnd() == null
                    ? happening.date() : happening.dateEnd();
            if (date != null && (anchor == null || date.isAfter(anchor))) {
                anchor = date;
            }
        }
        return anchor;
    }
}

package io.eventline.nlp.extract;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.PublicationDateOrigin;
import io.eventline.contracts.TextSpan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event whose sentence has no time expression is dated by the anchor honestly: the RANGE of the two days before
 * the anchor up to it ("reported by then, day not stated"), never a made-up DAY. Articles of Tuesday 17 Nov 2015.
 */
class AnchorDateTest {

    private static final LocalDate TUE_17 = LocalDate.of(2015, 11, 17);
    private static final EventExtractor EXTRACTOR = EventExtractor.fromClasspath();

    /** One paragraph per string, sentences split by the extractor. */
    private static ParsedArticle article(LocalDate anchor, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        for (String p : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            spans.add(new TextSpan(text.length(), text.length() + p.length()));
            text.append(p);
        }
        return new ParsedArticle("t", null, null, null, anchor == null ? null : anchor.toString(),
                anchor == null ? null : PublicationDateOrigin.values()[0], text.toString(), spans, null, null);
    }

    private static ExtractedEvent only(List<ExtractedEvent> events, EventType type) {
        List<ExtractedEvent> ofType = events.stream().filter(e -> e.type() == type).toList();
        assertThat(ofType).as(type + " in " + events).hasSize(1);
        return ofType.get(0);
    }

    @Test
    void undatedSentenceIsTheRangeOfTheDaysUpToTheAnchor() {
        ExtractedEvent raid = only(EXTRACTOR.extract(article(TUE_17, "Police raided a flat in Molenbeek.")), EventType.RAID);
        assertThat(raid.datePrecision()).isEqualTo(DatePrecision.RANGE);
        assertThat(raid.date()).isEqualTo(LocalDate.of(2015, 11, 15));
        assertThat(raid.dateEnd()).isEqualTo(TUE_17);
        assertThat(raid.dateBasis()).isEqualTo(DateBasis.ANCHOR);
        assertThat(raid.timeExpression()).isNull();
        assertThat(raid.status()).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void anExplicitAnchorFromTheMergeStepGivesTheSameRange() {
        ParsedArticle undated = article(null, "France invoked the EU's mutual defence clause, Article 42.7.");
        assertThat(only(EXTRACTOR.extract(undated), EventType.TREATY_INVOCATION).dateBasis()).isEqualTo(DateBasis.NONE);
        ExtractedEvent invocation = only(EXTRACTOR.extract(undated, TUE_17), EventType.TREATY_INVOCATION);
        assertThat(invocation.datePrecision()).isEqualTo(DatePrecision.RANGE);
        assertThat(invocation.date()).isEqualTo(LocalDate.of(2015, 11, 15));
        assertThat(invocation.dateEnd()).isEqualTo(TUE_17);
        assertThat(invocation.dateBasis()).isEqualTo(DateBasis.ANCHOR);
    }

    @Test
    void aDatedHappeningInTheSameParagraphStillLendsItsDay() {
        List<ExtractedEvent> events = EXTRACTOR.extract(article(TUE_17,
                "Police raided a flat in Molenbeek on Saturday. Three men were arrested."));
        ExtractedEvent arrest = only(events, EventType.ARREST);
        assertThat(arrest.date()).isEqualTo(LocalDate.of(2015, 11, 14));
        assertThat(arrest.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(arrest.dateBasis()).isEqualTo(DateBasis.RELATIVE);
    }

    @Test
    void aSentenceWithItsOwnDayKeepsTheDay() {
        ExtractedEvent raid = only(EXTRACTOR.extract(article(TUE_17, "Police raided a flat in Molenbeek on Sunday.")),
                EventType.RAID);
        assertThat(raid.date()).isEqualTo(LocalDate.of(2015, 11, 15));
        assertThat(raid.dateEnd()).isNull();
        assertThat(raid.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(raid.dateBasis()).isEqualTo(DateBasis.RELATIVE);
    }

    @Test
    void aPlannedEventWithoutATimeExpressionIsNotDatedByTheAnchor() {
        ExtractedEvent visit = only(EXTRACTOR.extract(article(TUE_17, "Hollande plans to visit Moscow.")), EventType.MEETING);
        assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(visit.date()).isNull();
        assertThat(visit.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
    }
}

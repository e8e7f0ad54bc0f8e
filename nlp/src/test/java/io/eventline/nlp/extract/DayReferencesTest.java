package io.eventline.nlp.extract;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventType;
import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.article.ArticleParser;
import io.eventline.nlp.article.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences that take their day from an earlier sentence of the article ({@link DayReferences}). */
class DayReferencesTest {

    private static final EventExtractor EXTRACTOR = EventExtractor.fromClasspath();
    private static final ArticleParser PARSER = ArticleParser.create();
    /** A Thursday. */
    private static final LocalDate ANCHOR = LocalDate.of(2019, 3, 21);

    private static ExtractedEvent only(String text, EventType type) {
        ParsedArticle article = PARSER.parse(RawArticle.text(text));
        List<ExtractedEvent> events = EXTRACTOR.extract(article, ANCHOR).stream().filter(e -> e.type() == type).toList();
        assertThat(events).as(type + " in: " + text).hasSize(1);
        return events.get(0);
    }

    @Test
    void theSameDayAsAnEarlierSentenceTakesThatSentencesDay() {
        ExtractedEvent raid = only("""
                Police raid in Lyon

                The interior minister visited the city hall of Lyon on Monday to discuss security.

                The suspect's family said on Tuesday that they had not seen him for weeks.

                The same day the interior minister visited the city, police raided a flat in the suburb of Vaulx-en-Velin.
                """, EventType.RAID);
        assertThat(raid.date()).isEqualTo(LocalDate.of(2019, 3, 18));
        assertThat(raid.datePrecision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aSentenceWithoutTimeContinuesTheNewsDayOfTheSentenceBefore() {
        ExtractedEvent raid = only("""
                Police raid in Lyon

                The prosecutor said on Wednesday that the investigation had widened.

                Police raided a flat in the suburb of Vaulx-en-Velin.
                """, EventType.RAID);
        assertThat(raid.date()).isEqualTo(LocalDate.of(2019, 3, 20));
        assertThat(raid.datePrecision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void anOlderDayBeforeItDoesNotDateASentenceWithoutTime() {
        ExtractedEvent raid = only("""
                Police raid in Lyon

                The prosecutor said on Friday that the investigation had widened.

                Police raided a flat in the suburb of Vaulx-en-Velin.
                """, EventType.RAID);
        assertThat(raid.datePrecision()).isEqualTo(DatePrecision.RANGE);
        assertThat(raid.dateBasis()).isEqualTo(DateBasis.ANCHOR);
        assertThat(raid.dateEnd()).isEqualTo(ANCHOR);
    }
}

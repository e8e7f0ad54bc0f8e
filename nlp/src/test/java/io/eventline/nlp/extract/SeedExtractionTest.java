package io.eventline.nlp.extract;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.Quantity;
import io.eventline.nlp.article.ArticleParser;
import io.eventline.nlp.article.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two real seed articles, parsed by the real ArticleParser, must give the events the product is built for. */
class SeedExtractionTest {

    private static final LocalDate NOV_13 = LocalDate.of(2015, 11, 13);
    private static final LocalDate NOV_17 = LocalDate.of(2015, 11, 17);
    private static final EventExtractor EXTRACTOR = EventExtractor.fromClasspath();
    private static ParsedArticle dw;
    private static ParsedArticle dailyCaller;

    @BeforeAll
    static void parseSeeds() throws IOException {
        ArticleParser parser = ArticleParser.create();
        dw = parser.parse(RawArticle.text(seed("000_d4190f38c0055a75.txt")));
        dailyCaller = parser.parse(RawArticle.text(seed("002_5baf3847724d37c3.txt")));
    }

    private static String seed(String name) throws IOException {
        Path p = Path.of("../seeds", name);
        if (!Files.exists(p)) {
            p = Path.of("seeds", name);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static List<ExtractedEvent> of(List<ExtractedEvent> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void dwArticleGivesTheParisAttackOnceDatedFridayNight() {
        List<ExtractedEvent> events = EXTRACTOR.extract(dw);
        assertThat(dw.publishedDate()).isEqualTo(NOV_17);
        List<ExtractedEvent> attacks = of(events, EventType.ATTACK);
        assertThat(attacks).as("back-references merge into the dated attack: " + attacks).hasSize(1);
        ExtractedEvent attack = attacks.get(0);
        assertThat(attack.date()).isEqualTo(NOV_13);
        assertThat(attack.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(attack.dateBasis()).isEqualTo(DateBasis.RELATIVE);
        assertThat(attack.locations()).contains("Paris");
        assertThat(attack.title()).isEqualTo("Attack in Paris");
        assertThat(dw.text().substring(attack.sentenceStart(), attack.sentenceEnd())).isEqualTo(attack.sentence());
    }

    /** Reported by the anchor day without a day of its own: the RANGE of the two days before up to the anchor. */
    private static void assertAnchorRange(ExtractedEvent e, LocalDate anchor) {
        assertThat(e.dateBasis()).as("basis of " + e).isEqualTo(DateBasis.ANCHOR);
        assertThat(e.datePrecision()).as("precision of " + e).isEqualTo(DatePrecision.RANGE);
        assertThat(e.date()).as("start of " + e).isEqualTo(anchor.minusDays(2));
        assertThat(e.dateEnd()).as("end of " + e).isEqualTo(anchor);
    }

    @Test
    void dwArticleGivesTheInvocationPledgeStrikesAndSearchesOfTuesday() {
        List<ExtractedEvent> events = EXTRACTOR.extract(dw);
        // "The country referenced Article 42 of the EU Treaty" has no time expression: it continues the sentence
        // before it, "... Le Drian said during a meeting on Tuesday"
        assertThat(of(events, EventType.TREATY_INVOCATION)).hasSize(1);
        ExtractedEvent invocation = of(events, EventType.TREATY_INVOCATION).get(0);
        assertThat(invocation.title()).contains("Article 42");
        assertThat(invocation.date()).isEqualTo(NOV_17);
        assertThat(invocation.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(invocation.dateBasis()).isEqualTo(DateBasis.RELATIVE);
        assertThat(of(events, EventType.PLEDGE_OF_SUPPORT)).extracting(ExtractedEvent::date).contains(NOV_17);
        // "The same day the defense minister made his appeal": the day of the sentence about the defense minister
        List<ExtractedEvent> strikes = of(events, EventType.AIRSTRIKE);
        assertThat(strikes).extracting(ExtractedEvent::date).containsExactly(NOV_17);
        assertThat(strikes.get(0).datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(strikes.stream().flatMap(e -> e.locations().stream())).contains("Raqqa");
        ExtractedEvent raid = of(events, EventType.RAID).get(0);
        assertThat(raid.date()).isEqualTo(NOV_17);
        assertThat(raid.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(raid.quantities()).contains(new Quantity(128, "homes"));
        assertThat(raid.title()).contains("128 homes");
        // "an act which has led France to declare itself at war": its sentence dates only the Friday attacks
        ExtractedEvent war = of(events, EventType.DECLARATION).get(0);
        assertAnchorRange(war, NOV_17);
        assertThat(of(events, EventType.ARREST)).as("'no word ... whether ... any arrests' is not an arrest").isEmpty();
    }

    @Test
    void dailyCallerArticleWithoutDateIsDatedByTheGivenAnchor() {
        assertThat(dailyCaller.publishedDate()).isNull();
        List<ExtractedEvent> undated = EXTRACTOR.extract(dailyCaller);
        assertThat(undated).isNotEmpty();
        assertThat(undated).allSatisfy(e -> {
            assertThat(e.date()).isNull();
            assertThat(e.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
            assertThat(e.dateBasis()).isEqualTo(DateBasis.NONE);
        });
        assertThat(of(undated, EventType.RAID)).as("'Back at home, police conducted raids'").hasSize(1);
        List<ExtractedEvent> events = EXTRACTOR.extract(dailyCaller, NOV_17);
        ExtractedEvent visit = of(events, EventType.MEETING).stream().filter(e -> e.status() == EventStatus.PLANNED)
                .findFirst().orElseThrow();
        assertThat(visit.date()).isEqualTo(LocalDate.of(2015, 11, 23));
        assertThat(visit.dateEnd()).isEqualTo(LocalDate.of(2015, 11, 29));
        assertThat(visit.datePrecision()).isEqualTo(DatePrecision.WEEK);
        assertThat(visit.locations()).contains("United States");
        assertThat(String.join(" ", visit.actors())).contains("Hollande").contains("Obama");
        assertThat(of(events, EventType.TREATY_INVOCATION)).hasSize(1);
        assertAnchorRange(of(events, EventType.TREATY_INVOCATION).get(0), NOV_17);
        assertThat(of(events, EventType.TREATY_INVOCATION).get(0).actors()).anyMatch(a -> a.startsWith("Jean-Yves Le Drian ("));
        assertThat(of(events, EventType.AIRSTRIKE)).extracting(ExtractedEvent::date).containsExactly(NOV_17);
        // "France spent Tuesday launching additional airstrikes ... Back at home, police conducted raids"
        assertThat(of(events, EventType.RAID)).extracting(ExtractedEvent::date).containsExactly(NOV_17);
    }
}

package io.eventline.nlp.time;

import io.eventline.contracts.DatePrecision;
import io.eventline.nlp.extract.DateBasis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Time expressions resolved against a publication date; Tuesday 17 November 2015 unless stated. */
class DateResolverTest {

    private static final DateResolver RESOLVER = DateResolver.fromClasspath();
    private static final LocalDate TUE_17_NOV_2015 = LocalDate.of(2015, 11, 17);

    private static TimeExpression first(String text, LocalDate anchor) {
        List<TimeExpression> found = RESOLVER.find(text, DateContext.of(anchor));
        assertThat(found).as("expressions in: " + text).isNotEmpty();
        return found.get(0);
    }

    private static TimeExpression last(String text, LocalDate anchor) {
        List<TimeExpression> found = RESOLVER.find(text, DateContext.of(anchor));
        assertThat(found).as("expressions in: " + text).isNotEmpty();
        return found.get(found.size() - 1);
    }

    @Test
    void fridayNightInATuesdayArticleIsTheFridayBefore() {
        TimeExpression t = first("IS claimed responsibility for the attacks in Paris on Friday night.", TUE_17_NOV_2015);
        assertThat(t.date()).isEqualTo(LocalDate.of(2015, 11, 13));
        assertThat(t.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(t.basis()).isEqualTo(DateBasis.RELATIVE);
        assertThat(t.text()).isEqualTo("on Friday night");
    }

    @Test
    void futureTenseWeekdayPointsForward() {
        assertThat(first("Hollande will travel to Moscow on Thursday.", TUE_17_NOV_2015).date()).isEqualTo(LocalDate.of(2015, 11, 19));
        assertThat(first("He travelled to Moscow on Thursday.", TUE_17_NOV_2015).date()).isEqualTo(LocalDate.of(2015, 11, 12));
    }

    @Test
    void sameWeekdayAsPublicationIsThatDay() {
        assertThat(first("EU defense ministers said on Tuesday they supported France.", TUE_17_NOV_2015).date()).isEqualTo(TUE_17_NOV_2015);
    }

    @Test
    void lateAndEarlyOnAWeekday() {
        LocalDate thu = LocalDate.of(2015, 11, 19);
        assertThat(first("announced late on Wednesday", thu).date()).isEqualTo(LocalDate.of(2015, 11, 18));
        assertThat(first("police stormed the flat early on Thursday", thu).date()).isEqualTo(thu);
    }

    @Test
    void lastWeekAndNextWeekAreMondayToSunday() {
        TimeExpression last = first("They met last week.", TUE_17_NOV_2015);
        assertThat(last.date()).isEqualTo(LocalDate.of(2015, 11, 9));
        assertThat(last.dateEnd()).isEqualTo(LocalDate.of(2015, 11, 15));
        assertThat(last.precision()).isEqualTo(DatePrecision.WEEK);
        TimeExpression next = first("Hollande will visit the United States next week.", TUE_17_NOV_2015);
        assertThat(next.date()).isEqualTo(LocalDate.of(2015, 11, 23));
        assertThat(next.dateEnd()).isEqualTo(LocalDate.of(2015, 11, 29));
    }

    @Test
    void lastMonthIsAMonth() {
        TimeExpression t = first("a bomb brought down the airliner last month", TUE_17_NOV_2015);
        assertThat(t.date()).isEqualTo(LocalDate.of(2015, 10, 1));
        assertThat(t.dateEnd()).isEqualTo(LocalDate.of(2015, 10, 31));
        assertThat(t.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void sinceFridayIsARangeToThePublicationDate() {
        TimeExpression t = first("the second wave of strikes since Friday", TUE_17_NOV_2015);
        assertThat(t.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(t.date()).isEqualTo(LocalDate.of(2015, 11, 13));
        assertThat(t.dateEnd()).isEqualTo(TUE_17_NOV_2015);
    }

    @Test
    void twoDaysLaterCountsFromTheNarrative() {
        List<TimeExpression> found = RESOLVER.find("Two days later, police arrested him.",
                new DateContext(TUE_17_NOV_2015, 0, LocalDate.of(2015, 11, 13), null));
        assertThat(found.get(0).date()).isEqualTo(LocalDate.of(2015, 11, 15));
    }

    @Test
    void aWeekAfterADateCountsFromThatDate() {
        TimeExpression t = first("The siege came a week after the attacks of 13 November in Paris.", LocalDate.of(2015, 12, 1));
        assertThat(t.date()).isEqualTo(LocalDate.of(2015, 11, 20));
        assertThat(last("The siege came a week after the attacks of 13 November in Paris.", LocalDate.of(2015, 12, 1)).date())
                .isEqualTo(LocalDate.of(2015, 11, 13));
    }

    @Test
    void daysAfterAnEventDatesThatEventFromTheMainClause() {
        List<TimeExpression> found = RESOLVER.find(
                "France invoked it in Brussels on 17 November 2015, four days after gunmen attacked Paris.",
                DateContext.of(LocalDate.of(2016, 1, 5)));
        assertThat(found).hasSize(2);
        assertThat(found.get(1).rule()).isEqualTo(DateResolver.RELATIONAL);
        assertThat(found.get(1).date()).isEqualTo(LocalDate.of(2015, 11, 13));
    }

    @Test
    void numericAndAbbreviatedDates() {
        assertThat(first("on 13/11/2015", TUE_17_NOV_2015).date()).isEqualTo(LocalDate.of(2015, 11, 13));
        assertThat(first("SAINT-DENIS, France, Nov. 18 (Reuters) -", LocalDate.of(2015, 11, 18)).date()).isEqualTo(LocalDate.of(2015, 11, 18));
        assertThat(first("since Sept 30", TUE_17_NOV_2015).date()).isEqualTo(LocalDate.of(2015, 9, 30));
        TimeExpression explicit = first("on November 17, 2015", null);
        assertThat(explicit.date()).isEqualTo(TUE_17_NOV_2015);
        assertThat(explicit.basis()).isEqualTo(DateBasis.EXPLICIT);
    }

    @Test
    void yearIsInferredAcrossNewYear() {
        LocalDate jan2 = LocalDate.of(2016, 1, 2);
        assertThat(first("The attack on Dec. 30 killed four.", jan2).date()).isEqualTo(LocalDate.of(2015, 12, 30));
        assertThat(first("The summit will open on January 5.", LocalDate.of(2015, 12, 30)).date()).isEqualTo(LocalDate.of(2016, 1, 5));
        assertThat(first("They will meet next week.", LocalDate.of(2015, 12, 30)).date()).isEqualTo(LocalDate.of(2016, 1, 4));
        assertThat(first("He was arrested on Wednesday.", LocalDate.of(2016, 1, 1)).date()).isEqualTo(LocalDate.of(2015, 12, 30));
    }

    @Test
    void relativeExpressionsWithoutAnchorStayUnresolvedButAreKept() {
        TimeExpression t = first("Police raided a flat on Tuesday.", null);
        assertThat(t.resolved()).isFalse();
        assertThat(t.precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(t.text()).isEqualTo("on Tuesday");
    }

    @Test
    void mayTheVerbIsNotAMonth() {
        assertThat(RESOLVER.find("Officials said 5 may have died.", DateContext.of(TUE_17_NOV_2015))).isEmpty();
    }

    @Test
    void laterThatMonthOrYearIsTheMonthOrYearTheNarrativeHasReached() {
        DateContext told = new DateContext(null, 0, LocalDate.of(2003, 2, 10), null);
        TimeExpression month = RESOLVER.find("NATO began deploying AWACS to Turkey later that month.", told).get(0);
        assertThat(month.date()).isEqualTo(LocalDate.of(2003, 2, 1));
        assertThat(month.dateEnd()).isEqualTo(LocalDate.of(2003, 2, 28));
        assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
        TimeExpression year = RESOLVER.find("Bendrer had been detained in Marseille later that year.", told).get(0);
        assertThat(year.date()).isEqualTo(LocalDate.of(2003, 1, 1));
        assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(RESOLVER.find("later that year", DateContext.of(TUE_17_NOV_2015)).get(0).resolved())
                .as("nothing told yet: the anchor is not what 'that year' refers to").isFalse();
    }
}

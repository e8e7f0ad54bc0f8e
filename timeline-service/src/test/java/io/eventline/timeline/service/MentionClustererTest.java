package io.eventline.timeline.service;

import io.eventline.contracts.EventType;
import io.eventline.nlp.extract.DateBasis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.eventline.contracts.EventType.AIRSTRIKE;
import static io.eventline.contracts.EventType.ATTACK;
import static io.eventline.contracts.EventType.MEETING;
import static io.eventline.contracts.EventType.RAID;
import static io.eventline.contracts.EventType.TREATY_INVOCATION;
import static io.eventline.nlp.extract.DateBasis.ANCHOR;
import static io.eventline.nlp.extract.DateBasis.EXPLICIT;
import static io.eventline.nlp.extract.DateBasis.RELATIVE;
import static org.assertj.core.api.Assertions.assertThat;

class MentionClustererTest {
    private final Places places = Places.fromClasspath();
    private final MentionMatcher matcher = new MentionMatcher(places);
    private final MentionClusterer clusterer = new MentionClusterer(matcher);

    @Test
    void sameHappeningFromTwoArticlesIsOneGroup() {
        var dw = Mentions.of(ATTACK).article("dw").day("2015-11-13", RELATIVE).at("Paris").actors("Islamic State").build();
        var ap = Mentions.of(ATTACK).article("ap").day("2015-11-13", EXPLICIT).at("Paris", "France").build();
        assertThat(clusterer.cluster(List.of(dw, ap))).hasSize(1);
    }

    @Test
    void parisAndBamakoAttacksStayApartEvenOnTheSameDay() {
        var paris = Mentions.of(ATTACK).article("a").day("2015-11-13", EXPLICIT).at("Paris").build();
        var bamako = Mentions.of(ATTACK).article("b").day("2015-11-20", EXPLICIT).at("Bamako").build();
        var bamakoSameDay = Mentions.of(ATTACK).article("c").day("2015-11-13", EXPLICIT).at("Bamako").build();
        assertThat(clusterer.cluster(List.of(paris, bamako))).hasSize(2);
        assertThat(clusterer.cluster(List.of(paris, bamakoSameDay))).hasSize(2);
    }

    @Test
    void strikesOnRaqqaOnDifferentDaysStayApartAndAVagueWeekDoesNotGlueThem() {
        var sunday = Mentions.of(AIRSTRIKE).article("a").day("2015-11-15", RELATIVE).at("Raqqa").actors("France").build();
        var tuesday = Mentions.of(AIRSTRIKE).article("b").day("2015-11-17", RELATIVE).at("Raqqa").actors("France").build();
        var thisWeek = Mentions.of(AIRSTRIKE).article("c").week("2015-11-16", RELATIVE).at("Raqqa").build();
        List<List<MentionFacts>> groups = clusterer.cluster(List.of(sunday, tuesday, thisWeek));
        assertThat(groups).hasSize(2); // the week overlaps only Tuesday's strikes (Sunday the 15th is the week before)
        assertThat(groupOf(groups, thisWeek)).contains(tuesday).doesNotContain(sunday);

        var weekOfBoth = Mentions.of(AIRSTRIKE).article("d").week("2015-11-09", RELATIVE).at("Raqqa").build();
        var monday = Mentions.of(AIRSTRIKE).article("e").day("2015-11-09", RELATIVE).at("Raqqa").build();
        var friday = Mentions.of(AIRSTRIKE).article("f").day("2015-11-13", RELATIVE).at("Raqqa").build();
        List<List<MentionFacts>> ambiguous = clusterer.cluster(List.of(weekOfBoth, monday, friday));
        assertThat(ambiguous).hasSize(3); // two equally good homes: the vague mention stays on its own
    }

    @Test
    void homeSearchesOfTheSeventeenthAndTheSaintDenisRaidOfTheEighteenthStayApart() {
        var searches = Mentions.of(RAID).article("dw").day("2015-11-17", RELATIVE).at("France").quantity(128, "homes").build();
        var saintDenis = Mentions.of(RAID).article("bbc").day("2015-11-18", RELATIVE).at("Saint-Denis")
                .actors("French police").build();
        var parisRaid = Mentions.of(RAID).article("ap").day("2015-11-18", EXPLICIT).at("Paris").actors("police").build();
        List<List<MentionFacts>> groups = clusterer.cluster(List.of(searches, saintDenis, parisRaid));
        assertThat(groups).hasSize(2);
        assertThat(groupOf(groups, saintDenis)).contains(parisRaid); // Saint-Denis lies in the Paris region
    }

    @Test
    void adjacentDaysMergeOnlyWithTheSamePlaceAndActor() {
        var night = Mentions.of(ATTACK).article("a").day("2015-11-13", RELATIVE).at("Paris").actors("Islamic State").build();
        var utc = Mentions.of(ATTACK).article("b").day("2015-11-14", EXPLICIT).at("Paris").actors("ISIS").build();
        var other = Mentions.of(ATTACK).article("c").day("2015-11-14", EXPLICIT).at("Paris").actors("gunmen").build();
        assertThat(clusterer.cluster(List.of(night, utc))).hasSize(1); // "ISIS" is an alias of "Islamic State"
        assertThat(clusterer.cluster(List.of(night, other))).hasSize(2);
    }

    @Test
    void mentionDatedOnlyByItsArticleJoinsTheRecentHappeningItNames() {
        var attack = Mentions.of(ATTACK).article("dw").day("2015-11-13", RELATIVE).at("Paris").build();
        var followingTheAttacks = Mentions.of(ATTACK).article("dc").day("2015-11-17", ANCHOR).at("Paris").build();
        var yearsLater = Mentions.of(ATTACK).article("old").day("2016-03-01", ANCHOR).at("Paris").build();
        List<List<MentionFacts>> groups = clusterer.cluster(List.of(attack, followingTheAttacks, yearsLater));
        assertThat(groupOf(groups, attack)).contains(followingTheAttacks).doesNotContain(yearsLater);
    }

    @Test
    void mentionReportedWithoutItsDayReachesAHappeningOnItsArticlesOwnDay() {
        // the anchor RANGE 15..17 of an article of the 17th ends on the 17th: the window counts back from there
        var raid = Mentions.of(RAID).article("ap").day("2015-11-17", EXPLICIT).at("Saint-Denis").build();
        var reported = Mentions.of(RAID).article("dw").reportedBy("2015-11-17").at("Saint-Denis").build();
        var monthLater = Mentions.of(RAID).article("old").reportedBy("2015-12-20").at("Saint-Denis").build();
        List<List<MentionFacts>> groups = clusterer.cluster(List.of(raid, reported, monthLater));
        assertThat(groupOf(groups, raid)).contains(reported).doesNotContain(monthLater);
    }

    @Test
    void aSharedCountryAloneIsTooLittleForAMentionWithoutOwnDate() {
        var searches = Mentions.of(RAID).article("dw").day("2015-11-13", RELATIVE).at("France").build();
        var raidsAtHome = Mentions.of(RAID).article("dc").day("2015-11-17", ANCHOR).at("France").actors("police").build();
        var raidsUndated = Mentions.of(RAID).article("u").undatedArticle().undated().at("France").build();
        assertThat(clusterer.cluster(List.of(searches, raidsAtHome, raidsUndated))).hasSize(3);
    }

    @Test
    void undatedMentionJoinsTheUniqueBestMatchAndStaysApartWhenAmbiguous() {
        var paris = Mentions.of(ATTACK).article("a").day("2015-11-13", EXPLICIT).at("Paris").build();
        var bamako = Mentions.of(ATTACK).article("b").day("2015-11-20", EXPLICIT).at("Bamako").build();
        var undatedParis = Mentions.of(ATTACK).article("u").undatedArticle().undated().at("Paris").build();
        var undatedNowhere = Mentions.of(ATTACK).article("v").undatedArticle().undated().build();
        List<List<MentionFacts>> groups = clusterer.cluster(List.of(paris, bamako, undatedParis, undatedNowhere));
        assertThat(groupOf(groups, paris)).contains(undatedParis);
        assertThat(groupOf(groups, undatedNowhere)).containsExactly(undatedNowhere);

        var parisAgain = Mentions.of(ATTACK).article("c").day("2016-07-14", EXPLICIT).at("Paris").build();
        List<List<MentionFacts>> ambiguous = clusterer.cluster(List.of(paris, parisAgain, undatedParis));
        assertThat(groupOf(ambiguous, undatedParis)).containsExactly(undatedParis);
    }

    @Test
    void treatyInvocationsOfDifferentClausesStayApart() {
        var eu = Mentions.of(TREATY_INVOCATION).article("a").day("2015-11-17", RELATIVE).actors("France")
                .sentence("The country referenced Article 42 of the EU Treaty.", 0).build();
        var euPrecise = Mentions.of(TREATY_INVOCATION).article("b").day("2015-11-17", ANCHOR).actors("Le Drian")
                .sentence("Le Drian invoked article 42.7 of the Treaty on European Union.", 0).build();
        var nato = Mentions.of(TREATY_INVOCATION).article("c").day("2015-11-17", EXPLICIT).actors("France")
                .sentence("France invoked Article 5 of the North Atlantic Treaty.", 0).build();
        List<List<MentionFacts>> groups = clusterer.cluster(List.of(eu, euPrecise, nato));
        assertThat(groupOf(groups, eu)).contains(euPrecise).doesNotContain(nato);
    }

    @Test
    void theClauseNamedOnlyInTheTitleCountsLikeOneNamedInTheSentence() {
        // the undated article's evidence says "the mutual defense clause"; the extractor's title names the article
        var dated = Mentions.of(TREATY_INVOCATION).article("dw").day("2015-11-17", RELATIVE).actors("France")
                .title("France invokes EU Article 42.7")
                .sentence("The country referenced Article 42 of the EU Treaty.", 0).build();
        var undated = Mentions.of(TREATY_INVOCATION).article("dc").undatedArticle().reportedBy("2015-11-17")
                .actors("France", "Jean-Yves Le Drian").title("France invokes EU Article 42.7")
                .sentence("France was the first country in the European Union to invoke the mutual defense clause.", 0)
                .build();
        var nato = Mentions.of(TREATY_INVOCATION).article("x").day("2015-11-17", EXPLICIT).actors("France")
                .title("France invokes NATO Article 5").sentence("France invoked the alliance's defence clause.", 0)
                .build();
        assertThat(matcher.affinity(undated, dated.locations(), dated.actors(), dated.clauseText()))
                .isEqualTo(matcher.affinity(undated, dated.locations(), dated.actors(), "") + 2);
        assertThat(matcher.contradict(dated, nato)).isTrue();
        assertThat(matcher.contradict(dated, undated)).isFalse();
    }

    @Test
    void plannedMeetingNextWeekJoinsTheMeetingThatWeekWithTheSameActors() {
        var planned = Mentions.of(MEETING).article("dc").week("2015-11-23", RELATIVE).planned()
                .actors("Francois Hollande", "Barack Obama").build();
        var held = Mentions.of(MEETING).article("wh").day("2015-11-24", EXPLICIT)
                .actors("Hollande", "Obama").at("Washington").build();
        var otherMeeting = Mentions.of(MEETING).article("x").day("2015-11-24", EXPLICIT)
                .actors("Angela Merkel").at("Berlin").build();
        List<List<MentionFacts>> groups = clusterer.cluster(List.of(planned, held, otherMeeting));
        assertThat(groupOf(groups, planned)).contains(held).doesNotContain(otherMeeting);
    }

    @Test
    void groupsDoNotDependOnTheOrderOfMentions() {
        List<MentionFacts> all = new ArrayList<>(List.of(
                Mentions.of(ATTACK).article("a").day("2015-11-13", RELATIVE).at("Paris").actors("Islamic State").build(),
                Mentions.of(ATTACK).article("b").day("2015-11-14", EXPLICIT).at("Paris").actors("ISIS").build(),
                Mentions.of(ATTACK).article("c").day("2015-11-17", ANCHOR).at("Paris").build(),
                Mentions.of(ATTACK).article("d").undatedArticle().undated().at("Paris").build(),
                Mentions.of(ATTACK).article("e").day("2015-11-20", EXPLICIT).at("Bamako").build(),
                Mentions.of(ATTACK).article("f").undatedArticle().undated().at("Mali").build(),
                Mentions.of(ATTACK).article("g").week("2015-11-09", RELATIVE).at("Paris").build(),
                Mentions.of(ATTACK).article("h").day("2015-11-20", ANCHOR).build(),
                Mentions.of(ATTACK).article("i").undatedArticle().undated().build()));
        Set<String> expected = signature(clusterer.cluster(all));
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            Collections.shuffle(all, random);
            assertThat(signature(clusterer.cluster(all))).isEqualTo(expected);
        }
        assertThat(expected.size()).isGreaterThan(1).isLessThan(all.size());
    }

    private static Set<String> signature(List<List<MentionFacts>> groups) {
        return groups.stream().map(g -> g.stream().map(MentionFacts::articleId).sorted()
                .collect(Collectors.joining(","))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<MentionFacts> groupOf(List<List<MentionFacts>> groups, MentionFacts m) {
        return groups.stream().filter(g -> g.contains(m)).findFirst().orElseThrow();
    }
}

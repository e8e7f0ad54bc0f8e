package io.eventline.nlp.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of boilerplate.tsv drops its own example, and no rule drops a real news sentence. */
class BoilerplateRulesTest {
    static final BoilerplateRules RULES = BoilerplateRules.defaults();

    static Stream<BoilerplateRules.Rule> rules() {
        return RULES.rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleDropsItsExample(BoilerplateRules.Rule rule) {
        assertThat(rule.pattern().matcher(rule.example().strip()).matches())
                .as("rule %s on its example '%s'", rule.name(), rule.example()).isTrue();
    }

    @Test
    void dataFileHasRulesWithUniqueNames() {
        assertThat(RULES.rules()).hasSizeGreaterThan(20);
        assertThat(RULES.rules().stream().map(BoilerplateRules.Rule::name).distinct().count())
                .isEqualTo(RULES.rules().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2. Skip to main menu", "3. Skip to more DW sites", "Font Size:", "Follow Jonah Bennett on Twitter",
            "Image: picture-alliance/dpa/O. Hoslet", "https://s.gtool.pro:443/https/p.dw.com/p/1H706", "Read more",
            "blc/jil (AFP, AP, Reuters, dpa)", "Jonah Bennett Contributor", "Daily Caller News Foundation logo",
            "Share this article", "Facebook Twitter Email", "Advertisement", "Photo: Getty Images",
            "(Reuters/Philippe Wojazer)", "Reporting by John Irish; Editing by Andrew Heavens",
            "By Jonah Bennett", "Updated 10:42 GMT, Tue 17 Nov 2015", "Published: 3 December 2015",
            "Copyright 2015 The Associated Press. All rights reserved.", "Sign up for our newsletter",
            "All content created by the Daily Caller News Foundation, an independent and nonpartisan newswire service, "
                    + "is available without charge to any legitimate news publisher that can provide a large audience.",
            "Related: What is Article 42.7?", "Published: 3 December 2015", "By Asia Pacific Daily correspondent",
            "Local | Politics | Culture | Events | Weather: 3°C, light rain"})
    void dropsBoilerplateLines(String line) {
        assertThat(RULES.match(line)).as(line).isPresent();
    }

    /** Sentences that start like furniture ("By", "Follow", "Share", "Related", "Updated") but are news. */
    @ParameterizedTest
    @ValueSource(strings = {
            "By Sunday, French police had searched 168 homes and arrested 23 people.",
            "Follow-up raids took place in Saint-Denis on Wednesday morning.",
            "Share prices fell sharply in Paris after the attacks.",
            "Related investigations are under way in Belgium, a judicial source said.",
            "Updated figures show 130 people were killed.",
            "Image rights campaigners criticised the publication of the photographs.",
            "Read the full statement, the minister told reporters.",
            "Media reports said the raid began at 4:20 a.m.",
            "The group's newsletter claimed responsibility for the bombing.",
            "Voters must register by email before the referendum.",
            "Copyright law was not the issue, the court said.",
            "The company changed its privacy policy after the attacks.",
            "Ad hoc meetings were held in Brussels on Tuesday.",
            "Watch officials said the border would stay closed.",
            "Photographs published by the newspaper showed the attackers' car.",
            "Strikes abroad, Searches at home",
            "Shared by thousands, the video was viewed more than 200,000 times.",
            "Posted on social media, the claim was false, police said.",
            "By Friday the bureau had confirmed the deaths of 12 staff.",
            "Written by the attacker, the note was found in the car.",
            "The French defense minister Jean-Yves Le Drian invoked article 42.7 of the Treaty on European Union while in Brussels, USA Today reports.",
            "France Just Became The First EU Country To Invoke ‘Mutual Defense’ After Paris Attacks",
            "France seeks military help from EU",
            "Hollande will visit the United States next week for a follow-up meeting with President Barack Obama.",
            "\"We have to accept that and Europe has to understand,\" he said.",
            "SAINT-DENIS, France, Nov 18 (Reuters) - French police killed two people in a raid on Wednesday."})
    void keepsNewsSentences(String sentence) {
        assertThat(RULES.match(sentence)).as(sentence).isEmpty();
    }

    @Test
    void sectionLabelsAreKnown() {
        assertThat(RULES.isSectionLabel("World")).isTrue();
        assertThat(RULES.isSectionLabel(" politics ")).isTrue();
        assertThat(RULES.isSectionLabel("France seeks military help from EU")).isFalse();
    }
}

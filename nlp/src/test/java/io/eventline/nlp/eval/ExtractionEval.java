package io.eventline.nlp.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy of extraction on the labelled dev corpus ({@code corpus/}): a predicted event matches a gold one when
 * type and resolved day agree. Set -Deval.verbose=true to print every miss and false alarm.
 */
class ExtractionEval {

    private static final double MIN_F1 = 0.85;

    @Test
    void extractionMeetsTheQualityBarOnTheDevCorpus() {
        assertThat(ExtractionScore.overallF1("corpus")).as("overall F1 on the dev corpus")
                .isGreaterThanOrEqualTo(MIN_F1);
    }
}

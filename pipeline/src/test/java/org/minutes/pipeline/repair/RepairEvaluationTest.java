package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepairEvaluationTest {

    @Test
    void countsFixedAndBrokenWordsAcrossAnInsertedTitle() {
        RepairEvaluation.Figures f = RepairEvaluation.evaluate(
                "Det är viktigt för oss",
                "Titel rad\nDet ar viktigt for oss",
                "Titel rad\nDet är viktig for oss");
        assertThat(f.truthWords()).isEqualTo(5);
        assertThat(f.aligned()).isEqualTo(5);
        assertThat(f.damaged()).isEqualTo(2);
        assertThat(f.fixed()).isEqualTo(1);
        assertThat(f.broken()).isEqualTo(1);
        assertThat(f.ocrAccuracy()).isEqualTo(0.6);
        assertThat(f.repairedAccuracy()).isEqualTo(0.6);
    }

    @Test
    void emptyTextsGiveZeroes() {
        RepairEvaluation.Figures f = RepairEvaluation.evaluate("", "", "");
        assertThat(f.aligned()).isZero();
        assertThat(f.fixedShare()).isZero();
    }
}

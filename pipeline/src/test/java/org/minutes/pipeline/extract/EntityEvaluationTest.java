package org.minutes.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityEvaluationTest {

    @Test
    void namesMatchIgnoringCaseDashesAndSpacing() {
        EntityEvaluation.Score score = EntityEvaluation.score(List.of("Socialnämnden", "Skol- och  fritidsförvaltningen"),
                List.of(List.of("socialnämnden"), List.of("skol– och fritidsförvaltningen")), false);
        assertThat(score.correct()).isEqualTo(2);
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void anAliasMatchesButEachFoundEntityOnlyOnce() {
        EntityEvaluation.Score score = EntityEvaluation.score(List.of("CTF", "Centrum för tjänsteforskning"),
                List.of(List.of("Centrum för tjänsteforskning", "CTF")), false);
        assertThat(score.correct()).isEqualTo(1);
        assertThat(score.missed()).containsExactly("Centrum för tjänsteforskning");
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.5);
    }

    @Test
    void aPartialNameIsAMissAndASpuriousName() {
        EntityEvaluation.Score score = EntityEvaluation.score(List.of("Leif Redestig", "Bo Pettersson"),
                List.of(List.of("Leif"), List.of("Bo Pettersson")), false);
        assertThat(score.missed()).containsExactly("Leif Redestig");
        assertThat(score.spurious()).containsExactly("Leif");
        assertThat(score.f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void foldingDiacriticsLetsUnrepairedOcrMatch() {
        List<List<String>> found = List.of(List.of("Jennie Palsson"));
        assertThat(EntityEvaluation.score(List.of("Jennie Pålsson"), found, false).correct()).isZero();
        assertThat(EntityEvaluation.score(List.of("Jennie Pålsson"), found, true).correct()).isEqualTo(1);
    }

    @Test
    void nothingExpectedAndNothingFoundIsPerfect() {
        assertThat(EntityEvaluation.score(List.of(), List.of(), false).f1()).isEqualTo(1.0);
        assertThat(EntityEvaluation.score(List.of("2021"), List.of(), false).f1()).isZero();
    }
}

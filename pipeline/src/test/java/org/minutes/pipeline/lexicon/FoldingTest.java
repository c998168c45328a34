package org.minutes.pipeline.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldsSwedishDiacriticsToPlainLetters() {
        assertThat(Folding.fold("förvaltningen")).isEqualTo("forvaltningen");
        assertThat(Folding.fold("åäöé")).isEqualTo("aaoe");
        assertThat(Folding.fold("hus")).isSameAs("hus");
    }

    @Test
    void sameFoldComparesWithoutBuildingTheFolds() {
        assertThat(Folding.sameFold("vård", "värd")).isTrue();
        assertThat(Folding.sameFold("vård", "vard")).isTrue();
        assertThat(Folding.sameFold("vård", "vörd")).isFalse();
        assertThat(Folding.sameFold("vård", "vårdar")).isFalse();
        assertThat(Folding.sameFold("", "")).isTrue();
    }
}

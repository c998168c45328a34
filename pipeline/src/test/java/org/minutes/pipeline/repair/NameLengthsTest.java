package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minutes.pipeline.lexicon.SwedishLexicon;

class NameLengthsTest {

    private final NameLengths lengths = NameLengths.of(SwedishLexicon.shared());

    @Test
    void costsNothingUpToTheCommonestLengthAndMoreTheLongerAWordIs() {
        assertThat(lengths.cost(3)).isZero();
        assertThat(lengths.cost(7)).isZero();
        assertThat(lengths.cost(13)).isGreaterThan(1.5).isLessThan(lengths.cost(20));
        assertThat(lengths.cost(20)).isGreaterThan(4);
        assertThat(lengths.cost(60)).isEqualTo(lengths.cost(NameLengths.LONGEST));
        for (int n = 2; n <= NameLengths.LONGEST; n++) {
            assertThat(lengths.cost(n)).as("length %d", n).isGreaterThanOrEqualTo(lengths.cost(n - 1));
        }
        assertThat(lengths.cost(0)).isZero();
    }

    @Test
    void isComputedOncePerLexicon() {
        assertThat(NameLengths.of(SwedishLexicon.shared())).isSameAs(lengths);
    }
}

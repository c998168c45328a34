package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldFilterTest {

    @Test
    void neverRejectsWhatWasAddedAndRarelyAcceptsWhatWasNot() {
        Random random = new Random(7);
        Set<Integer> added = new HashSet<>();
        FoldFilter filter = FoldFilter.forKeys(50_000);
        while (added.size() < 50_000) {
            int hash = random.nextInt();
            added.add(hash);
            filter.add(hash);
        }
        for (int hash : added) {
            assertThat(filter.mayContain(hash)).isTrue();
        }
        int asked = 0;
        int falseHits = 0;
        while (asked < 200_000) {
            int hash = random.nextInt();
            if (!added.contains(hash)) {
                asked++;
                falseHits += filter.mayContain(hash) ? 1 : 0;
            }
        }
        // Two bits in one word at 12 to 24 bits per string: about 1-3% false hits.
        assertThat(falseHits / (double) asked).isLessThan(0.03);
    }

    @Test
    void similarStringsDoNotShareAnswers() {
        FoldFilter filter = FoldFilter.forKeys(1_000);
        for (int i = 0; i < 1_000; i++) {
            filter.add(("vård" + i).hashCode());
        }
        int falseHits = 0;
        for (int i = 1_000; i < 11_000; i++) {
            falseHits += filter.mayContain(("vård" + i).hashCode()) ? 1 : 0;
        }
        assertThat(falseHits).isLessThan(400);
    }

    @Test
    void asksAboutARangeAsAboutTheSubstring() {
        FoldFilter filter = FoldFilter.forKeys(1);
        filter.add("socialtjänst".hashCode());
        assertThat(filter.mayContain("xxsocialtjänstyy", 2, 14)).isTrue();
        assertThat(filter.mayContain("socialtjänst".hashCode())).isTrue();
    }
}

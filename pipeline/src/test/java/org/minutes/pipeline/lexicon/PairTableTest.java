package org.minutes.pipeline.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairTableTest {

    @Test
    void countsPairsInOrderAndGrowsWithoutLosingAny() {
        PairTable table = new PairTable(4);
        assertThat(table.isEmpty()).isTrue();
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            int left = (i * 7919) % 1000;
            int right = i % 3 == 0 ? Integer.MAX_VALUE : (i * 31) % 977;
            table.add(left, right, 1 + i % 2);
            expected.merge(((long) left << 32) | right, 1 + i % 2, Integer::sum);
        }
        assertThat(table.isEmpty()).isFalse();
        expected.forEach((key, count) -> assertThat(table.get((int) (key >>> 32), (int) (long) key)).isEqualTo(count));
        assertThat(table.get(5, 6)).isEqualTo(expected.getOrDefault((5L << 32) | 6, 0));
        assertThat(table.get(1001, 1)).isZero();
        Map<Long, Integer> visited = new HashMap<>();
        table.forEach((left, right, count) -> visited.put(((long) left << 32) | (right & 0xffffffffL), count));
        assertThat(visited).isEqualTo(expected);
    }

    @Test
    void aNegativeCountTakesBack() {
        PairTable table = new PairTable(8);
        table.add(3, 4, 2);
        table.add(3, 4, -1);
        assertThat(table.get(3, 4)).isEqualTo(1);
        assertThat(table.get(4, 3)).isZero();
    }
}

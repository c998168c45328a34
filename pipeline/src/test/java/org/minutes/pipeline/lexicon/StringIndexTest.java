package org.minutes.pipeline.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringIndexTest {

    @Test
    void findsEveryKeyAndNothingElse() {
        String[] keys = new String[5000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "ord" + i;
        }
        StringIndex index = new StringIndex(keys);
        for (int i = 0; i < keys.length; i++) {
            assertThat(index.get("ord" + i)).isEqualTo(i);
        }
        assertThat(index.get("ord5000")).isEqualTo(-1);
        assertThat(index.get("")).isEqualTo(-1);
    }

    @Test
    void keysWithTheSameHashAreTold() {
        // "Aa" and "BB" share String.hashCode().
        StringIndex index = new StringIndex(new String[] {"Aa", "BB"});
        assertThat(index.get("Aa")).isZero();
        assertThat(index.get("BB")).isEqualTo(1);
        assertThat(new StringIndex(new String[0]).get("x")).isEqualTo(-1);
    }
}

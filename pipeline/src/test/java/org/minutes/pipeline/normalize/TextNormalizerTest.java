package org.minutes.pipeline.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void composesDecomposedLetters() {
        assertThat(TextNormalizer.normalize("ga\u030Angen o\u0308ver")).isEqualTo("gången över");
        assertThat(TextNormalizer.normalize("fo\u0308rvaltning")).isEqualTo("förvaltning");
    }

    @Test
    void unifiesLineBreaksAndTrimsLineEnds() {
        assertThat(TextNormalizer.normalize("rad ett  \r\nrad två\t\rtre")).isEqualTo("rad ett\nrad två\ntre");
    }

    @Test
    void dropsInvisibleCharactersButKeepsPageBreaks() {
        assertThat(TextNormalizer.normalize("\uFEFFsam\u00ADman\u200Bfattning\u0000\fsida 2"))
                .isEqualTo("sammanfattning\fsida 2");
        assertThat(TextNormalizer.normalize("a\u00A0b")).isEqualTo("a b");
    }

    @Test
    void survivesEmptyAndRandomInput() {
        assertThat(TextNormalizer.normalize("")).isEmpty();
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) {
                s.append((char) random.nextInt(0x3000));
            }
            String once = TextNormalizer.normalize(s.toString());
            assertThat(TextNormalizer.normalize(once)).as("idempotent").isEqualTo(once);
        }
    }
}

package org.minutes.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OcrAccuracyTest {

    @Test
    void countsEditsPerTrueCharacter() {
        OcrAccuracy.Result result = OcrAccuracy.measure("Mötet är slut.", "Motet ar slut");

        assertThat(result.distance()).isEqualTo(3);
        assertThat(result.truthLength()).isEqualTo(14);
        assertThat(result.diacritics()).isEqualTo(2);
        assertThat(result.diacriticsCorrect()).isZero();
        assertThat(result.summary()).isEqualTo("CER 21.43% (3 edits / 14 chars), å/ä/ö 0.00% correct (0/2)");
    }

    @Test
    void ignoresLayoutWhitespaceAndUnicodeForm() {
        String decomposed = "Sa\u030A ga\u030Ar det";

        OcrAccuracy.Result result = OcrAccuracy.measure("Så går\n\n  det", decomposed);

        assertThat(result.distance()).isZero();
        assertThat(result.diacriticAccuracy()).isEqualTo(1.0);
    }

    @Test
    void countsDiacriticsAlongTheAlignmentDespiteShiftedText() {
        OcrAccuracy.Result result = OcrAccuracy.measure("Två år på väg", "xxTva år på väg");

        assertThat(result.distance()).isEqualTo(3);
        assertThat(result.diacritics()).isEqualTo(4);
        assertThat(result.diacriticsCorrect()).isEqualTo(3);
    }

    @Test
    void measuresEmptyTexts() {
        assertThat(OcrAccuracy.measure("", "").cer()).isZero();
        assertThat(OcrAccuracy.measure("", "x").cer()).isEqualTo(1.0);
        assertThat(OcrAccuracy.measure("åäö", "").summary()).isEqualTo("CER 100.00% (3 edits / 3 chars), å/ä/ö 0.00% correct (0/3)");
    }

    @Test
    void agreesWithAPlainLevenshteinOnRandomTexts() {
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            String a = randomText(random, random.nextInt(300));
            String b = randomText(random, random.nextInt(300));
            assertThat(OcrAccuracy.measure(a, b).distance()).as(a + " / " + b)
                    .isEqualTo(levenshtein(OcrAccuracy.normalize(a), OcrAccuracy.normalize(b)));
        }
    }

    private static String randomText(Random random, int length) {
        String alphabet = "abcåäö ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}

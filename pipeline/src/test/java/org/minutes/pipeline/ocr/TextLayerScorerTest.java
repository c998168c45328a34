package org.minutes.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minutes.pipeline.ingest.Ingestor;

class TextLayerScorerTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.repo", "..")).resolve("samples");
    private final TextLayerScorer scorer = new TextLayerScorer();

    static Stream<String[]> cases() throws IOException {
        try (InputStream in = TextLayerScorerTest.class.getResourceAsStream("text-layer-cases.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void judgesTextLayers(String text, String verdict) {
        assertThat(scorer.assess(text).poor() ? "poor" : "good").as(text).isEqualTo(verdict);
    }

    @Test
    void findsTheSampleOcrFilePoorAndTheBornDigitalTextGood() throws Exception {
        TextQuality old = scorer.assess(Files.readString(SAMPLES.resolve("gemensam-utvecklingsgrupp-2020-11-16.ocr.txt")));
        TextQuality digital = scorer.assess(new Ingestor().read(SAMPLES.resolve("gemensam-utvecklingsgrupp-2020-11-16.pdf")).fullText());

        assertThat(old.poor()).isTrue();
        assertThat(old.reason()).startsWith("looks like OCR without Swedish: ");
        assertThat(digital.poor()).isFalse();
        assertThat(digital.score()).isGreaterThan(old.score() + 0.1);
    }

    @Test
    void explainsItsVerdictWithFigures() {
        TextQuality quality = scorer.assess("Det ar bra att vi far svar pa fragan for mötet. Det ar klart nar vi ar dar och "
                + "sedan gar vi hem for att vila.");

        assertThat(quality.reason()).isEqualTo(
                "looks like OCR without Swedish: 26 words, score 0.65, 100% of för/på/är-type words without å/ä/ö, 0 garbled");
    }

    @Test
    void survivesEmptyInputAndRandomStrings() {
        assertThat(scorer.assess("").reason()).isEqualTo("no words");
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(400); j > 0; j--) {
                sb.appendCodePoint(random.nextInt(0x3000));
            }
            TextQuality quality = scorer.assess(sb.toString());
            assertThat(quality.score()).isBetween(0.0, 1.0);
        }
    }
}

package org.minutes.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutes.pipeline.ocr.TestPages.BUDGET;
import static org.minutes.pipeline.ocr.TestPages.MINUTES;
import static org.minutes.pipeline.ocr.TestPages.SANS_OBLIQUE;
import static org.minutes.pipeline.ocr.TestPages.SERIF;
import static org.minutes.pipeline.ocr.TestPages.page;
import static org.minutes.pipeline.ocr.TestPages.words;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.ingest.Ingestor;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Problem;
import org.minutes.pipeline.model.TextMethod;

/** The OCR stage with the real Tesseract and its Swedish model, on page images and PDFs made here. */
class OcrStageTest {

    private static final OcrStage STAGE = new OcrStage(OcrOptions.auto().withWorkers(2));
    private static final Ingestor INGESTOR = new Ingestor();

    @TempDir
    Path dir;

    @AfterAll
    static void closeStage() {
        STAGE.close();
    }

    private static Document ocr(Path file) throws PipelineException {
        return STAGE.apply(INGESTOR.read(file));
    }

    @Test
    void readsAPngPageExactly() throws Exception {
        Document doc = ocr(TestPages.png(dir, "page.png", page(MINUTES, SERIF)));

        Page page = doc.pages().get(0);
        assertThat(words(page.text())).isEqualTo(words(MINUTES));
        assertThat(page.method()).isEqualTo(TextMethod.OCR);
        assertThat(page.reason()).isEqualTo("no text layer: OCR (swe)");
        assertThat(page.confidence()).isGreaterThan(90);
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void readsEachFrameOfAMultiPageTiff() throws Exception {
        Path tiff = TestPages.tiff(dir, "scan.tif", List.of(page(MINUTES, SERIF), page(BUDGET, SERIF)));

        Document doc = ocr(tiff);

        assertThat(doc.pages()).extracting(p -> words(p.text())).containsExactly(words(MINUTES), words(BUDGET));
        assertThat(doc.pages()).extracting(Page::method).containsOnly(TextMethod.OCR);
    }

    @Test
    void readsASidewaysPage() throws Exception {
        Document doc = ocr(TestPages.png(dir, "sideways.png", TestPages.turned(page(MINUTES, SERIF), 90)));

        // Tesseract's layout analysis finds these vertical lines itself, with high confidence, so the orientation
        // check is not needed here; the upside-down page below needs it.
        assertThat(words(doc.pages().get(0).text())).isEqualTo(words(MINUTES));
    }

    @Test
    void turnsAnUpsideDownPageUpright() throws Exception {
        Document doc = ocr(TestPages.png(dir, "upside-down.png", TestPages.turned(page(BUDGET, SERIF), 180)));

        Page page = doc.pages().get(0);
        assertThat(words(page.text())).isEqualTo(words(BUDGET));
        assertThat(page.reason()).isEqualTo("no text layer: OCR (swe); turned 180°");
    }

    @Test
    void straightensASkewedPage() throws Exception {
        Document doc = ocr(TestPages.png(dir, "skewed.png", TestPages.turned(page(MINUTES, SERIF), 3)));

        Page page = doc.pages().get(0);
        assertThat(words(page.text())).isEqualTo(words(MINUTES));
        assertThat(page.reason()).matches("no text layer: OCR \\(swe\\); deskewed 3\\.\\d°");
    }

    @Test
    void readsAnotherFontOnNoisyPaper() throws Exception {
        BufferedImage noisy = TestPages.noisy(TestPages.turned(page(MINUTES, SANS_OBLIQUE), -1.5), 7);
        Document doc = ocr(TestPages.png(dir, "noisy.png", noisy));

        OcrAccuracy.Result accuracy = OcrAccuracy.measure(String.join("\n", MINUTES), doc.pages().get(0).text());
        assertThat(accuracy.cer()).isLessThan(0.02);
        assertThat(accuracy.diacriticAccuracy()).isEqualTo(1.0);
    }

    @Test
    void refusesAPixelBombBeforeDecodingIt() throws Exception {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, withPngSize(pngBytes(page(BUDGET, SERIF)), 60_000, 60_000));

        Document doc = ocr(bomb);

        Page page = doc.pages().get(0);
        assertThat(page.method()).isEqualTo(TextMethod.NONE);
        assertThat(page.reason()).isEqualTo("OCR failed: page image too large: 60000×60000 pixels is more than the limit of "
                + "100,000,000 (pixel bomb?); not decoded");
        assertThat(doc.problems()).extracting(Problem::page).containsExactly(1);
    }

    @Test
    void failsACorruptImagePageAndNotTheDocument() throws Exception {
        byte[] png = pngBytes(page(MINUTES, SERIF));
        Path corrupt = dir.resolve("corrupt.png");
        Files.write(corrupt, java.util.Arrays.copyOf(png, png.length / 3));

        Document doc = ocr(corrupt);

        Page page = doc.pages().get(0);
        assertThat(page.method()).isEqualTo(TextMethod.NONE);
        assertThat(page.reason()).startsWith("OCR failed: cannot decode page image: ");
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo("ocr");
            assertThat(p.message()).startsWith("cannot decode page image: ");
        });
    }

    @Test
    void refusesAnImageTooSmallToHoldText() throws Exception {
        Document doc = ocr(TestPages.png(dir, "tiny.png", new BufferedImage(24, 12, BufferedImage.TYPE_BYTE_GRAY)));

        assertThat(doc.pages().get(0).reason()).isEqualTo("OCR failed: image too small to hold text: 24×12 pixels; not upscaled");
    }

    @Test
    void cutsOffAPageAtTheTimeLimitAndReadsTheNextWithAFreshEngine() throws Exception {
        OcrOptions hasty = OcrOptions.auto().withWorkers(1).withPageTimeout(Duration.ofMillis(1));
        try (OcrEngine engine = OcrEngine.open(hasty)) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> engine.recognize(page(MINUTES, SERIF), 300)))
                    .isInstanceOf(PageFailure.class).hasMessage("OCR timed out after 1 ms");

            BufferedImage blank = page(List.of(), SERIF);
            assertThat(engine.recognize(blank, 300).text()).isEmpty();
        }
    }

    @Test
    void recordsATimedOutPageAsFailed() throws Exception {
        try (OcrStage hasty = new OcrStage(OcrOptions.auto().withWorkers(1).withPageTimeout(Duration.ofMillis(1)))) {
            Document doc = hasty.apply(INGESTOR.read(TestPages.png(dir, "slow.png", page(MINUTES, SERIF))));

            assertThat(doc.pages().get(0).reason()).isEqualTo("OCR failed: OCR timed out after 1 ms");
            assertThat(doc.problems()).extracting(Problem::message).containsExactly("OCR timed out after 1 ms");
        }
    }

    @Test
    void leavesPagesWaitingWhenTheLanguageDataIsMissing() throws Exception {
        try (OcrStage missing = new OcrStage(OcrOptions.auto().withDataPath(dir))) {
            Document doc = missing.apply(INGESTOR.read(TestPages.png(dir, "page.png", page(BUDGET, SERIF))));

            Page page = doc.pages().get(0);
            assertThat(page.method()).isEqualTo(TextMethod.NONE);
            assertThat(page.reason()).isEqualTo(OcrStage.WAITING + "Tesseract language data 'swe' not found in " + dir
                    + "; install with: apt-get install tesseract-ocr tesseract-ocr-swe libtesseract-dev libleptonica-dev");
            assertThat(doc.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("OCR unavailable: ").contains("tesseract-ocr-swe"));
        }
    }

    @Test
    void neverPolicyLeavesEveryPageAlone() throws Exception {
        Document read = INGESTOR.read(TestPages.png(dir, "page.png", page(BUDGET, SERIF)));
        try (OcrStage never = new OcrStage(OcrOptions.never())) {
            assertThat(never.apply(read)).isEqualTo(read);
        }
    }

    @Test
    void leavesPlainTextDocumentsAlone() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "Mötet avslutades.\n");
        Document read = INGESTOR.read(text);

        assertThat(STAGE.apply(read)).isEqualTo(read);
    }

    static byte[] pngBytes(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The PNG with its header declaring {@code width × height} (and a matching checksum), pixels unchanged. */
    static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] out = png.clone();
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height; the CRC covers type and data (17 bytes).
        java.nio.ByteBuffer.wrap(out, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(out, 12, 17);
        java.nio.ByteBuffer.wrap(out, 29, 4).putInt((int) crc.getValue());
        return out;
    }
}

package org.minutes.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutes.pipeline.ocr.TestPages.MINUTES;
import static org.minutes.pipeline.ocr.TestPages.SERIF;
import static org.minutes.pipeline.ocr.TestPages.words;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.pipeline.ingest.Ingestor;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.TextMethod;

/** The OCR stage on PDFs: the scanned sample, a mixed PDF, and a PDF with an old OCR layer made without Swedish. */
class PdfOcrTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.repo", "..")).resolve("samples");
    private static final OcrStage STAGE = new OcrStage(OcrOptions.auto().withWorkers(2));
    private static final Ingestor INGESTOR = new Ingestor();

    @TempDir
    Path dir;

    @AfterAll
    static void closeStage() {
        STAGE.close();
    }

    @Test
    void readsTheScannedSampleAsWellAsItsBornDigitalTwin() throws Exception {
        // Page 1 only, to keep the test quick; `eval ocr` measures the whole document (docs/ocr.md).
        Path firstPage = firstPageOf(SAMPLES.resolve("gemensam-utvecklingsgrupp-2020-11-16.scan.pdf"), dir.resolve("scan-1.pdf"));
        Page scan = STAGE.apply(INGESTOR.read(firstPage)).pages().get(0);
        Page digital = INGESTOR.read(SAMPLES.resolve("gemensam-utvecklingsgrupp-2020-11-16.pdf")).pages().get(0);

        assertThat(scan.method()).isEqualTo(TextMethod.OCR);
        assertThat(scan.confidence()).isGreaterThan(85);
        OcrAccuracy.Result accuracy = OcrAccuracy.measure(digital.text(), scan.text());
        assertThat(accuracy.cer()).isLessThan(0.02);
        assertThat(accuracy.diacriticAccuracy()).isGreaterThan(0.98);
    }

    @Test
    void readsTheScannedPageOfAMixedPdfAndKeepsTheTextLayerOfTheOther() throws Exception {
        Path pdf = dir.resolve("mixed.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage text = new PDPage(PDRectangle.A4);
            doc.addPage(text);
            try (PDPageContentStream content = new PDPageContentStream(doc, text)) {
                content.beginText();
                content.setFont(PDType0Font.load(doc, Path.of(SERIF).toFile()), 11);
                content.newLineAtOffset(72, 760);
                content.setLeading(16);
                for (String line : TestPages.BUDGET) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            addImagePage(doc, LosslessFactory.createFromImage(doc, TestPages.page(MINUTES, SERIF)));
            doc.save(pdf.toFile());
        }

        Document doc = STAGE.apply(INGESTOR.read(pdf));

        assertThat(doc.pages()).extracting(Page::method).containsExactly(TextMethod.TEXT_LAYER, TextMethod.OCR);
        assertThat(words(doc.pages().get(0).text())).isEqualTo(words(TestPages.BUDGET));
        assertThat(words(doc.pages().get(1).text())).isEqualTo(words(MINUTES));
        assertThat(doc.pages().get(1).reason()).isEqualTo("no text layer: OCR (swe)");
    }

    @Test
    void replacesAnOldOcrLayerMadeWithoutSwedish() throws Exception {
        // The first page of the scanned sample, with the old English-model OCR of the same minutes as its
        // invisible text layer: what archives hold from scanners of the 2000s.
        Path pdf = dir.resolve("old-ocr.pdf");
        List<String> oldLines = Files.readAllLines(SAMPLES.resolve("gemensam-utvecklingsgrupp-2020-11-16.ocr.txt")).subList(0, 30);
        try (PDDocument scan = Loader.loadPDF(firstPageOf(SAMPLES.resolve("gemensam-utvecklingsgrupp-2020-11-16.scan.pdf"),
                dir.resolve("scan-1.pdf")).toFile())) {
            PDPage page = scan.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(scan, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content.beginText();
                content.setRenderingMode(RenderingMode.NEITHER);
                content.setFont(PDType0Font.load(scan, Path.of(SERIF).toFile()), 10);
                content.newLineAtOffset(57, 780);
                content.setLeading(14);
                for (String line : oldLines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            scan.save(pdf.toFile());
        }
        Document read = INGESTOR.read(pdf);
        assertThat(read.pages().get(0).method()).isEqualTo(TextMethod.TEXT_LAYER);

        Page page = STAGE.apply(read).pages().get(0);

        assertThat(page.method()).isEqualTo(TextMethod.OCR);
        assertThat(page.reason()).startsWith("text layer looks like OCR without Swedish: ").contains(", OCR kept");
        assertThat(page.text()).contains("socialdirektör", "förvaltningen", "på hur vi arbetar");
        assertThat(page.confidence()).isGreaterThan(85);
    }

    @Test
    void findsNoTextOnABlankPage() throws Exception {
        Path pdf = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A5));
            doc.save(pdf.toFile());
        }

        Document doc = STAGE.apply(INGESTOR.read(pdf));

        Page page = doc.pages().get(0);
        assertThat(page.text()).isEmpty();
        assertThat(page.method()).isEqualTo(TextMethod.OCR);
        assertThat(page.reason()).isEqualTo("no text layer; OCR found no text (swe)");
        assertThat(page.confidence()).isNull();
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void keepsAGoodTextLayer() throws Exception {
        Document read = INGESTOR.read(SAMPLES.resolve("gemensam-utvecklingsgrupp-2020-11-16.pdf"));

        assertThat(STAGE.apply(read)).isEqualTo(read);
    }

    private static Path firstPageOf(Path pdf, Path target) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            while (doc.getNumberOfPages() > 1) {
                doc.removePage(1);
            }
            doc.save(target.toFile());
        }
        return target;
    }

    private static void addImagePage(PDDocument doc, PDImageXObject image) throws IOException {
        // The image drawn at 300 dpi: its own resolution is what the renderer should pick.
        PDRectangle size = new PDRectangle(image.getWidth() * 72f / 300, image.getHeight() * 72f / 300);
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
        }
    }
}

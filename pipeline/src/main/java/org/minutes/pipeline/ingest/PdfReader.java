package org.minutes.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Problem;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;

/**
 * Reads the text layer of a PDF page by page with PDFBox, keeping page numbers.
 *
 * <p>A page without a text layer becomes a page without text whose reason says it needs OCR; the OCR stage fills
 * it. Damage in one page is recorded as a problem on that page and does not fail the document.
 */
final class PdfReader implements DocumentReader {

    /** Fewer non-blank characters than this on a page count as no text layer (page numbers, stray marks). */
    static final int MIN_TEXT_CHARS = 20;

    @Override
    public boolean accepts(String mediaType) {
        return mediaType.equals("application/pdf");
    }

    @Override
    public ReadResult read(Path file, String mediaType) throws IOException, PipelineException {
        if (!hasPdfHeader(file)) {
            throw new PipelineException("not a PDF: the file has no PDF header");
        }
        // A temp-file stream cache keeps memory flat for large PDFs.
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            pdf.setAllSecurityToBeRemoved(true); // owner-password PDFs are readable; restrictions are not ours to keep
            return readPages(pdf);
        } catch (InvalidPasswordException e) {
            throw new PipelineException("encrypted PDF: it needs a password to open");
        }
    }

    private ReadResult readPages(PDDocument pdf) throws IOException {
        // Content-stream order, not sorted by position: born-digital minutes are written in reading order, and
        // sorting costs 40% of the time (measured on the samples).
        PDFTextStripper stripper = new PDFTextStripper();
        List<Page> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int withText = 0;
        int count = pdf.getNumberOfPages();
        for (int number = 1; number <= count; number++) {
            Page page;
            try {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                String text = stripper.getText(pdf);
                if (nonBlankChars(text) >= MIN_TEXT_CHARS) {
                    page = Page.of(number, text, TextMethod.TEXT_LAYER, "text layer");
                    withText++;
                } else {
                    String why = hasImages(pdf.getPage(number - 1)) ? "no text layer: page is an image, needs OCR" : "no text on page";
                    page = Page.of(number, "", TextMethod.NONE, why);
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem("ingest", number, "cannot read page text: " + e.getMessage()));
                page = Page.of(number, "", TextMethod.NONE, "page could not be read");
            }
            pages.add(page);
        }
        String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
        SourceKind kind = withText * 2 >= Math.max(count, 1) ? SourceKind.PDF : SourceKind.SCAN;
        return new ReadResult(kind, title, pages, problems);
    }

    private static boolean hasImages(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    /** PDF readers accept the header within the first kilobyte; junk named .pdf has none. */
    private static boolean hasPdfHeader(Path file) throws IOException {
        byte[] head = new byte[1024];
        int n;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    static int nonBlankChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}

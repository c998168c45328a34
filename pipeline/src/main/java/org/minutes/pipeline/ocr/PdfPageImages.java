package org.minutes.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders PDF pages in gray with PDFBox, at the page image's own resolution when sensible, else the default. */
final class PdfPageImages implements PageImages {

    /** An embedded scan between these resolutions is rendered at its own; outside, at the configured dpi. */
    static final int MIN_OWN_DPI = 150;
    static final int MAX_OWN_DPI = 600;

    private final PDDocument pdf;
    private final PDFRenderer renderer;
    private final OcrOptions options;

    PdfPageImages(Path file, OcrOptions options) throws IOException {
        this.pdf = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        this.renderer = new PDFRenderer(pdf);
        this.options = options;
    }

    @Override
    public PageImage read(int number) throws PageFailure {
        try {
            if (number < 1 || number > pdf.getNumberOfPages()) {
                throw new PageFailure("no page " + number + " in the PDF");
            }
            PDPage page = pdf.getPage(number - 1);
            PDRectangle box = page.getCropBox();
            int dpi = ownDpi(page, box);
            if (dpi == 0) {
                dpi = options.dpi();
            }
            long width = Math.round(box.getWidth() / 72.0 * dpi);
            long height = Math.round(box.getHeight() / 72.0 * dpi);
            PageLimits.check(width, height, options.maxPixels());
            BufferedImage image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.GRAY);
            return new PageImage(image, dpi);
        } catch (IOException | RuntimeException e) {
            throw new PageFailure("cannot render PDF page: " + OcrStage.describe(e), e);
        }
    }

    /**
     * The resolution of the one image that fills the page (a scan), or 0 when there is none, several, or the
     * image's aspect ratio differs from the page's (then it does not fill it and its resolution is unknown).
     */
    private static int ownDpi(PDPage page, PDRectangle box) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null || box.getWidth() <= 0 || box.getHeight() <= 0) {
            return 0;
        }
        PDImageXObject only = null;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                if (only != null) {
                    return 0;
                }
                only = image;
            }
        }
        if (only == null || only.getWidth() <= 0 || only.getHeight() <= 0) {
            return 0;
        }
        double pageRatio = box.getWidth() / box.getHeight();
        double imageRatio = only.getWidth() / (double) only.getHeight();
        boolean turned = page.getRotation() % 180 != 0;
        if (Math.abs(pageRatio - imageRatio) / pageRatio > 0.03 && !turned) {
            return 0;
        }
        int dpi = (int) Math.round(Math.max(only.getWidth(), only.getHeight())
                / (Math.max(box.getWidth(), box.getHeight()) / 72.0));
        return dpi >= MIN_OWN_DPI && dpi <= MAX_OWN_DPI ? dpi : 0;
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}

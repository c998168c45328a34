package org.minutes.pipeline.ocr;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Decodes the pages of one file one at a time: PDF pages rendered by PDFBox, frames of TIFF, PNG or JPEG files
 * read by ImageIO. Only the requested page is held in memory, and its size is checked before decoding.
 *
 * <p>Not thread-safe: each worker opens its own.
 */
interface PageImages extends AutoCloseable {

    /** Opens {@code file} of {@code mediaType} for page-by-page decoding. */
    static PageImages open(Path file, String mediaType, OcrOptions options) throws IOException {
        if (mediaType.equals("application/pdf")) {
            return new PdfPageImages(file, options);
        }
        return new RasterPageImages(file, options);
    }

    /** True when pages of {@code mediaType} can be decoded as images. */
    static boolean handles(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.startsWith("image/");
    }

    /** Decodes page {@code number} (from 1); a page that is refused or unreadable throws {@link PageFailure}. */
    PageImage read(int number) throws PageFailure;

    @Override
    void close() throws IOException;
}

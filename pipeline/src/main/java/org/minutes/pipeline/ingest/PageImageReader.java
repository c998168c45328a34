package org.minutes.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;

/**
 * Reads page images (TIFF with one or more frames, PNG, JPEG) as pages that wait for OCR.
 *
 * <p>Only the frame count is read here, never the pixels: the OCR stage decodes one page at a time.
 */
final class PageImageReader implements DocumentReader {

    private static final Set<String> TYPES = Set.of("image/tiff", "image/png", "image/jpeg");

    @Override
    public boolean accepts(String mediaType) {
        return TYPES.contains(mediaType);
    }

    @Override
    public ReadResult read(Path file, String mediaType) throws IOException, PipelineException {
        int frames = frameCount(file);
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= frames; number++) {
            pages.add(Page.of(number, "", TextMethod.NONE, "page image, needs OCR"));
        }
        return new ReadResult(SourceKind.SCAN, null, pages, List.of());
    }

    static int frameCount(Path file) throws IOException, PipelineException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new PipelineException("cannot open image");
            }
            Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PipelineException("no decoder for this image format");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int n = reader.getNumImages(true);
                if (n < 1) {
                    throw new PipelineException("image has no frames");
                }
                return n;
            } finally {
                reader.dispose();
            }
        }
    }
}

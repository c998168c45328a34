package org.minutes.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Reads frames of TIFF, PNG and JPEG files with ImageIO, checking each frame's declared size before decoding. */
final class RasterPageImages implements PageImages {

    private final ImageInputStream in;
    private final ImageReader reader;
    private final OcrOptions options;

    RasterPageImages(Path file, OcrOptions options) throws IOException {
        this.options = options;
        this.in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw new IOException("cannot open image");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            in.close();
            throw new IOException("no decoder for this image format");
        }
        this.reader = readers.next();
        reader.setInput(in, false, false); // metadata kept: it holds the resolution
    }

    @Override
    public PageImage read(int number) throws PageFailure {
        int index = number - 1;
        try {
            // The header's dimensions, read without decoding: a pixel bomb is refused here.
            PageLimits.check(reader.getWidth(index), reader.getHeight(index), options.maxPixels());
            int dpi = declaredDpi(index);
            BufferedImage image = reader.read(index);
            return new PageImage(image, dpi);
        } catch (IOException | RuntimeException e) {
            throw new PageFailure("cannot decode page image: " + OcrStage.describe(e), e);
        }
    }

    /** The resolution in the file's standard metadata, or 0 when absent or implausible. */
    private int declaredDpi(int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 0;
            }
            Node root = metadata.getAsTree("javax_imageio_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!n.getNodeName().equals("Dimension")) {
                    continue;
                }
                for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                    if (d.getNodeName().equals("HorizontalPixelSize")) {
                        float mmPerPixel = Float.parseFloat(((IIOMetadataNode) d).getAttribute("value"));
                        int dpi = Math.round(25.4f / mmPerPixel);
                        return dpi >= 70 && dpi <= 2400 ? dpi : 0;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable metadata only costs the resolution hint; the pixels may still be fine.
            return 0;
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        in.close();
    }
}

package org.minutes.pipeline.ocr;

import java.awt.image.BufferedImage;

/**
 * One decoded page image and its resolution.
 *
 * @param image the pixels
 * @param dpi dots per inch, as rendered or as declared by the image file; 0 when unknown
 */
public record PageImage(BufferedImage image, int dpi) {
}

package org.minutes.pipeline.ocr;

import java.util.Locale;

/** The size checks a page passes before its pixels are decoded: not a pixel bomb, not too small to hold text. */
final class PageLimits {

    /**
     * Below this many pixels on the short side, or {@link #MIN_AREA} in all, an image cannot hold a line of
     * legible text: a 10 pt line at 300 dpi is about 40 pixels high. Such images are refused, never upscaled.
     */
    static final int MIN_SIDE = 32;
    static final long MIN_AREA = 32L * 200;

    private PageLimits() {
    }

    /** Throws a {@link PageFailure} naming the size when {@code width × height} is outside the limits. */
    static void check(long width, long height, long maxPixels) throws PageFailure {
        if (width <= 0 || height <= 0) {
            throw new PageFailure(String.format(Locale.ROOT, "page image has no pixels (%d×%d)", width, height));
        }
        if (width * height > maxPixels || width > Integer.MAX_VALUE / 4 || height > Integer.MAX_VALUE / 4) {
            throw new PageFailure(String.format(Locale.ROOT,
                    "page image too large: %d×%d pixels is more than the limit of %,d (pixel bomb?); not decoded",
                    width, height, maxPixels));
        }
        if (Math.min(width, height) < MIN_SIDE || width * height < MIN_AREA) {
            throw new PageFailure(String.format(Locale.ROOT,
                    "image too small to hold text: %d×%d pixels; not upscaled", width, height));
        }
    }
}

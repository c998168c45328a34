package org.minutes.pipeline.ocr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the OCR stage runs: which pages, with how many workers, with which limits.
 *
 * <p>Start from a preset ({@link #auto()}, {@link #always()}, {@link #never()}) and change single values with the
 * {@code with…} copies. Values are checked at construction: bad configuration fails at once, naming the value.
 *
 * @param policy which pages are recognised
 * @param workers OCR threads, each with its own Tesseract engine; by default one per core
 * @param language Tesseract language(s), such as {@code swe}
 * @param dataPath the {@code tessdata} folder, or null to find it ({@link TessData#locate()})
 * @param dpi resolution PDF pages are rendered at when the page's own image resolution is unknown or not sensible
 * @param pageTimeout how long recognising one page may take before it is cut off and recorded as failed
 * @param maxPixels pages larger than this (width × height) are refused before decoding, as pixel bombs
 */
public record OcrOptions(
        OcrPolicy policy,
        int workers,
        String language,
        Path dataPath,
        int dpi,
        Duration pageTimeout,
        long maxPixels) {

    /** 300 dpi: what Tesseract's models are trained for. */
    public static final int DEFAULT_DPI = 300;
    /** 120 s: a dense A4 page takes 2–5 s on one core; a page ten times slower than that is pathological. */
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(120);
    /** 100 million pixels: an A3 page at 600 dpi is 70 million; a gray copy is 100 MB per worker at most. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    public OcrOptions {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(pageTimeout, "pageTimeout");
        if (workers < 1) {
            throw new IllegalArgumentException("OCR workers must be at least 1, got " + workers);
        }
        if (language == null || !language.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("not a Tesseract language: '" + language + "' (expected e.g. swe or swe+eng)");
        }
        if (dpi < 70 || dpi > 1200) {
            throw new IllegalArgumentException("OCR dpi must be between 70 and 1200, got " + dpi);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero() || pageTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("OCR page timeout must be positive and below 24 days, got " + pageTimeout);
        }
        if (maxPixels < 1) {
            throw new IllegalArgumentException("max pixels must be positive, got " + maxPixels);
        }
    }

    /** The default: OCR where needed, Swedish, one worker per core. */
    public static OcrOptions auto() {
        return new OcrOptions(OcrPolicy.AUTO, Runtime.getRuntime().availableProcessors(), "swe", null,
                DEFAULT_DPI, DEFAULT_PAGE_TIMEOUT, DEFAULT_MAX_PIXELS);
    }

    /** OCR every page of PDFs and images, whatever text layer they carry. */
    public static OcrOptions always() {
        return auto().withPolicy(OcrPolicy.ALWAYS);
    }

    /** No OCR at all. */
    public static OcrOptions never() {
        return auto().withPolicy(OcrPolicy.NEVER);
    }

    public OcrOptions withPolicy(OcrPolicy newPolicy) {
        return new OcrOptions(newPolicy, workers, language, dataPath, dpi, pageTimeout, maxPixels);
    }

    public OcrOptions withWorkers(int newWorkers) {
        return new OcrOptions(policy, newWorkers, language, dataPath, dpi, pageTimeout, maxPixels);
    }

    public OcrOptions withLanguage(String newLanguage) {
        return new OcrOptions(policy, workers, newLanguage, dataPath, dpi, pageTimeout, maxPixels);
    }

    public OcrOptions withDataPath(Path newDataPath) {
        return new OcrOptions(policy, workers, language, newDataPath, dpi, pageTimeout, maxPixels);
    }

    public OcrOptions withDpi(int newDpi) {
        return new OcrOptions(policy, workers, language, dataPath, newDpi, pageTimeout, maxPixels);
    }

    public OcrOptions withPageTimeout(Duration newPageTimeout) {
        return new OcrOptions(policy, workers, language, dataPath, dpi, newPageTimeout, maxPixels);
    }

    public OcrOptions withMaxPixels(long newMaxPixels) {
        return new OcrOptions(policy, workers, language, dataPath, dpi, pageTimeout, newMaxPixels);
    }
}

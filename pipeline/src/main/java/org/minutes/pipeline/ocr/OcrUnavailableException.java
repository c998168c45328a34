package org.minutes.pipeline.ocr;

/** Tesseract or its language data is missing: no page can be recognised until it is installed. */
public class OcrUnavailableException extends Exception {

    /** The Debian packages that provide Tesseract, the Swedish model and the library names Tess4J loads. */
    public static final String DEBIAN_PACKAGES = "tesseract-ocr tesseract-ocr-swe libtesseract-dev libleptonica-dev";

    public OcrUnavailableException(String message) {
        super(message);
    }

    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.minutes.pipeline.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a page's text was obtained. */
public enum TextMethod {
    /** From the text layer of a PDF. */
    TEXT_LAYER("text-layer"),
    /** Recognised from the page image by OCR. */
    OCR("ocr"),
    /** Read from a plain text, web or office file. */
    PLAIN("plain"),
    /** No text yet: the page needs OCR that has not run or failed (see the page's reason). */
    NONE("none");

    private final String label;

    TextMethod(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}

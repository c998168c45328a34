package org.minutes.pipeline.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of source a document came from; users filter on it ({@code --type}). */
public enum SourceKind {
    /** A PDF whose pages carry a text layer. */
    PDF,
    /** A scan: page images, or a PDF whose pages are images. */
    SCAN,
    /** A plain text file, typically old OCR output. */
    TEXT,
    /** A web page. */
    WEB,
    /** A word-processor document (DOCX, ODT, DOC, RTF). */
    OFFICE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label such as {@code scan}; throws {@link IllegalArgumentException} naming the value otherwise. */
    public static SourceKind parse(String label) {
        for (SourceKind kind : values()) {
            if (kind.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + label + "' (expected pdf, scan, text, web or office)");
    }
}

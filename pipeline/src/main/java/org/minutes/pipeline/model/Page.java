package org.minutes.pipeline.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One page of a document, with its text as obtained and, once repaired, the repaired text beside it.
 *
 * <p>{@code text} is always the best text the pipeline has (what search matches). When a stage changed the words,
 * {@code original} keeps the text as it was obtained and {@code edits} say what changed, as offsets into
 * {@code original}; when nothing changed, {@code original} is null and {@code edits} empty.
 *
 * @param number page number, from 1
 * @param text the page's text
 * @param original the text as first obtained, when a later stage changed it; otherwise null
 * @param method how the text was obtained
 * @param reason why that method was chosen, in words (for example "text layer is good")
 * @param confidence mean word confidence of OCR from 0 to 100, when the text came from OCR
 * @param edits each change from {@code original} to {@code text}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page(
        int number,
        String text,
        String original,
        TextMethod method,
        String reason,
        Double confidence,
        List<Edit> edits) {

    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + number);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    /** A page whose text was obtained by {@code method}, with nothing changed yet. */
    public static Page of(int number, String text, TextMethod method, String reason) {
        return new Page(number, text, null, method, reason, null, List.of());
    }

    /** The text as first obtained: {@link #original()} when a stage changed it, else {@link #text()}. */
    public String originalText() {
        return original != null ? original : text;
    }

    /** A copy whose text is replaced without keeping the old one; for lossless changes such as normalization. */
    public Page withNormalizedText(String normalized) {
        return new Page(number, normalized, original, method, reason, confidence, edits);
    }

    /** A copy with text obtained anew, for example by OCR; any earlier repair no longer applies. */
    public Page withObtainedText(String newText, TextMethod newMethod, String newReason, Double newConfidence) {
        return new Page(number, newText, null, newMethod, newReason, newConfidence, List.of());
    }

    /** A copy with repaired text; the text as obtained is kept as {@code original}. */
    public Page withRepair(String repaired, List<Edit> newEdits) {
        if (newEdits.isEmpty()) {
            return this;
        }
        return new Page(number, repaired, originalText(), method, reason, confidence, newEdits);
    }

    /** True when the page has no usable text (it waits for OCR, or OCR failed). */
    @JsonIgnore
    public boolean isEmpty() {
        return text.isBlank();
    }
}

package org.minutes.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * What the archive knows about one source file: enough to tell, without reading the file again, whether it is
 * unchanged (size and modification time), and what happened to it last time.
 *
 * @param path absolute path of the file
 * @param sha256 content hash when it was last read, or null if it never could be
 * @param size size in bytes when last seen
 * @param modifiedMillis modification time when last seen
 * @param documentId the archived document, when indexed
 * @param status what happened last time
 * @param reason why it failed or was quarantined; null when indexed
 * @param attempts how many runs died or timed out on this file in a row (two quarantine it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRecord(String path, String sha256, long size, long modifiedMillis, String documentId,
                           Status status, String reason, int attempts) {

    /** The state of a source file. */
    public enum Status {
        /** Archived: its document is in the index. */
        INDEXED,
        /** Archived, but some pages wait for OCR (Tesseract was not available): read again by the next run. */
        WAITING,
        /** Could not be imported; retried when the file changes. */
        FAILED,
        /** Crashed or timed out twice: skipped until retried on demand ({@code minutes quarantine --retry}). */
        QUARANTINED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SourceRecord {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
    }

    /** True when the file's document is in the archive (possibly with pages still waiting for OCR). */
    public boolean archived() {
        return status == Status.INDEXED || status == Status.WAITING;
    }

    /** True when the file on disk still has the size and modification time recorded. */
    public boolean sameStamp(long currentSize, long currentModifiedMillis) {
        return size == currentSize && modifiedMillis == currentModifiedMillis;
    }
}

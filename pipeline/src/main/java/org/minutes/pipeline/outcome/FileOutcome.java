package org.minutes.pipeline.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What happened to one file in an import: exactly one outcome per file, with the reason when it failed.
 *
 * @param file the file as found
 * @param status what happened
 * @param documentId the archived document, when there is one
 * @param reason why it failed or was skipped, in one line; null on success
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileOutcome(String file, Status status, String documentId, String reason) {

    /** The possible outcomes. */
    public enum Status {
        /** New to the archive and stored. */
        IMPORTED,
        /** Replaced an earlier version of the same file. */
        UPDATED,
        /** Already in the archive with the same content. */
        UNCHANGED,
        /** Could not be imported; the reason says why. Nothing in the archive changed. */
        FAILED,
        /** Crashed or timed out twice; skipped until retried on demand. */
        QUARANTINED,
        /** Gone from the synced folder, so removed from the archive. */
        REMOVED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static FileOutcome failed(String file, String reason) {
        return new FileOutcome(file, Status.FAILED, null, reason);
    }
}

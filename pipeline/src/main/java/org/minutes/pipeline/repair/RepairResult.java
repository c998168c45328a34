package org.minutes.pipeline.repair;

import java.util.List;
import org.minutes.pipeline.model.Edit;

/**
 * The outcome of repairing one text: the repaired text and each change, as offsets into the text that was given.
 *
 * @param text the repaired text; the same lines as the input, only damaged words and symbols differ
 * @param edits the changes in text order, never overlapping
 */
public record RepairResult(String text, List<Edit> edits) {
    public RepairResult {
        edits = List.copyOf(edits);
    }

    /** True when nothing was changed. */
    public boolean unchanged() {
        return edits.isEmpty();
    }
}

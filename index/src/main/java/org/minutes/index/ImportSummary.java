package org.minutes.index;

import java.util.List;
import org.minutes.pipeline.outcome.FileOutcome;

/**
 * The result of an import run: one outcome per file, with counts.
 *
 * @param outcomes every file's outcome, in the order the files were found
 * @param seconds wall-clock duration of the run
 */
public record ImportSummary(List<FileOutcome> outcomes, double seconds) {
    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<FileOutcome> failures() {
        return outcomes.stream().filter(o -> o.status() == FileOutcome.Status.FAILED).toList();
    }
}

package org.minutes.index;

import java.time.Instant;
import java.util.List;
import org.minutes.pipeline.outcome.FileOutcome;

/**
 * The result of an import or sync run: one outcome per file, with counts.
 *
 * @param started when the run started
 * @param finished when it finished
 * @param outcomes every file's outcome, in the order the files were handled
 * @param quarantined files quarantined before this run and still skipped (reported in every run)
 */
public record ImportSummary(Instant started, Instant finished, List<FileOutcome> outcomes, List<SourceRecord> quarantined) {
    public ImportSummary {
        outcomes = List.copyOf(outcomes);
        quarantined = List.copyOf(quarantined);
    }

    public long count(FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<FileOutcome> failures() {
        return outcomes.stream().filter(o -> o.status() == FileOutcome.Status.FAILED || o.status() == FileOutcome.Status.QUARANTINED).toList();
    }

    public double seconds() {
        return (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0;
    }
}

package org.minutes.index;

import java.time.Duration;

/**
 * How an import or sync runs.
 *
 * @param threads files processed at once
 * @param fileTimeout longest time one file may take before it is cut off (and, the second time, quarantined)
 * @param removeMissing sync: remove archived files under the given folders that no longer exist
 * @param reprocessOutdated re-run the pipeline on documents a stage of an older version produced
 * @param retryQuarantined try quarantined files again
 */
public record ImportOptions(int threads, Duration fileTimeout, boolean removeMissing, boolean reprocessOutdated,
                            boolean retryQuarantined) {

    public ImportOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (fileTimeout.isNegative() || fileTimeout.isZero()) {
            throw new IllegalArgumentException("the per-file time limit must be positive, got " + fileTimeout);
        }
    }

    /** Plain import: all cores, 30 minutes per file, nothing removed or reprocessed. */
    public static ImportOptions importing() {
        return new ImportOptions(Runtime.getRuntime().availableProcessors(), Duration.ofMinutes(30), false, false, false);
    }

    /** Sync: as import, and files gone from the folders are removed. */
    public static ImportOptions syncing() {
        return importing().withRemoveMissing(true);
    }

    public ImportOptions withThreads(int n) {
        return new ImportOptions(n, fileTimeout, removeMissing, reprocessOutdated, retryQuarantined);
    }

    public ImportOptions withFileTimeout(Duration limit) {
        return new ImportOptions(threads, limit, removeMissing, reprocessOutdated, retryQuarantined);
    }

    public ImportOptions withRemoveMissing(boolean remove) {
        return new ImportOptions(threads, fileTimeout, remove, reprocessOutdated, retryQuarantined);
    }

    public ImportOptions withReprocessOutdated(boolean reprocess) {
        return new ImportOptions(threads, fileTimeout, removeMissing, reprocess, retryQuarantined);
    }

    public ImportOptions withRetryQuarantined(boolean retry) {
        return new ImportOptions(threads, fileTimeout, removeMissing, reprocessOutdated, retry);
    }
}

package org.minutes.bench;

import java.nio.file.Path;

/**
 * How the benchmark runs.
 *
 * @param quick the quick mode: smaller archives and fewer repetitions, under 3 minutes on 2 cores
 * @param workDir a scratch folder for generated archives (deleted afterwards by the caller)
 * @param samplesDir the repository's {@code samples/}: seed texts and the scanned sample
 * @param jar the runnable jar, for timing a cold CLI search; null to skip that figure
 * @param seed the seed number of the generated archives
 */
public record BenchConfig(boolean quick, Path workDir, Path samplesDir, Path jar, long seed) {

    /** Pages of the archive searched (the 100,000 in full mode). */
    int searchPages() {
        return quick ? 5_000 : 100_000;
    }

    /** The two archive sizes of the scale figures. */
    int[] scalePages() {
        return quick ? new int[] {1_000, 5_000} : new int[] {10_000, 100_000};
    }

    /** Pages per repetition of the indexing comparison. */
    int indexingPages() {
        return quick ? 500 : 5_000;
    }

    int repetitions() {
        return quick ? 3 : 5;
    }

    /** Small files in the no-change sync. */
    int syncFiles() {
        return quick ? 1_000 : 10_000;
    }
}

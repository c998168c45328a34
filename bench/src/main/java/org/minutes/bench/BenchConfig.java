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
 * @param sections the sections to run (ocr, repair, entities, textlayer, indexing, scale, search, sync); empty: all
 */
public record BenchConfig(boolean quick, Path workDir, Path samplesDir, Path jar, long seed, java.util.Set<String> sections) {

    /** The sections there are, in the order they run. */
    public static final java.util.List<String> SECTIONS =
            java.util.List.of("ocr", "repair", "entities", "textlayer", "indexing", "scale", "search", "sync");

    public BenchConfig {
        sections = java.util.Set.copyOf(sections);
        for (String section : sections) {
            if (!SECTIONS.contains(section)) {
                throw new IllegalArgumentException("no benchmark section '" + section + "' (there are " + String.join(", ", SECTIONS) + ")");
            }
        }
    }

    /** True when {@code section} is to run. */
    boolean runs(String section) {
        return sections.isEmpty() || sections.contains(section);
    }

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

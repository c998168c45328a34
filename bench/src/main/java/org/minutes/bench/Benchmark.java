package org.minutes.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The benchmark: every figure the issues name, each a ratio to the raw tool measured in the same run where there
 * is one, since the machine is shared and noisy. Sections run in a fixed order; a section that cannot run says why
 * in its figure instead of failing the run.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static BenchReport run(BenchConfig config, Consumer<String> progress) throws Exception {
        BenchReport report = new BenchReport(environment(config));
        List<String> seedTexts = Seeds.texts(config.samplesDir());
        SyntheticArchive generator = new SyntheticArchive(seedTexts);
        ArchiveBench archives = new ArchiveBench(config, generator);

        if (config.runs("ocr")) {
            progress.accept("OCR vs the tesseract program");
            report.addAll(StageBench.ocr(config));
        }
        if (config.runs("repair")) {
            progress.accept("repair");
            report.addAll(StageBench.repair(config, seedTexts));
        }
        if (config.runs("entities")) {
            progress.accept("entities");
            report.addAll(StageBench.entities(config, seedTexts));
        }
        if (config.runs("textlayer")) {
            progress.accept("text layer vs pdftotext");
            report.addAll(TextLayerBench.run(config));
        }
        if (config.runs("indexing")) {
            progress.accept("indexing: pipeline vs bare Lucene");
            report.addAll(archives.indexing());
        }
        ArchiveBench.Queries queries = ArchiveBench.Queries.from(seedTexts);
        if (config.runs("scale") || config.runs("search")) {
            // search runs on the larger of the two scale archives
            progress.accept("scale: " + config.scalePages()[0] + " and " + config.scalePages()[1] + " pages");
            List<Figure> scale = new java.util.ArrayList<>();
            Path largest = archives.scale(scale);
            report.addAll(scale);
            if (config.runs("search")) {
                progress.accept("search on " + config.searchPages() + " pages");
                report.addAll(archives.search(largest, queries, config.searchPages()));
                report.add(archives.coldCli(largest, queries.word()));
            }
        }
        if (config.runs("sync")) {
            progress.accept("sync");
            report.addAll(archives.sync(queries));
        }
        return report;
    }

    private static Map<String, Object> environment(BenchConfig config) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("mode", config.quick() ? "quick" : "full");
        env.put("seed", config.seed());
        env.put("cores", Runtime.getRuntime().availableProcessors());
        env.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1_000_000);
        env.put("java", System.getProperty("java.version"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        env.put("started", java.time.Instant.now().toString());
        return env;
    }
}

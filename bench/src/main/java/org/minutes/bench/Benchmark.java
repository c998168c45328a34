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

        progress.accept("OCR vs the tesseract program");
        report.addAll(StageBench.ocr(config));
        progress.accept("repair and entities");
        report.addAll(StageBench.repair(config, seedTexts));
        report.addAll(StageBench.entities(config, seedTexts));
        progress.accept("text layer vs pdftotext");
        report.addAll(TextLayerBench.run(config));
        progress.accept("indexing: pipeline vs bare Lucene");
        report.addAll(archives.indexing());
        progress.accept("scale: " + config.scalePages()[0] + " and " + config.scalePages()[1] + " pages");
        List<Figure> scale = new java.util.ArrayList<>();
        Path largest = archives.scale(scale);
        report.addAll(scale);
        ArchiveBench.Queries queries = ArchiveBench.Queries.from(seedTexts);
        progress.accept("search on " + config.searchPages() + " pages");
        report.addAll(archives.search(largest, queries, config.searchPages()));
        report.add(archives.coldCli(largest, queries.word()));
        progress.accept("sync");
        report.addAll(archives.sync(queries));
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

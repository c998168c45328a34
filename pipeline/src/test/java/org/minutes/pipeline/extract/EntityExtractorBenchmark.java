package org.minutes.pipeline.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minutes.pipeline.model.PartialDate;

/**
 * Measures entity extraction speed on one thread: {@code java -cp … EntityExtractorBenchmark DIR [MEGABYTES]} runs
 * {@link EntityExtractor} over every {@code .txt} file in DIR, again and again until MEGABYTES (default 20) of text
 * have been processed, after a warm-up, and prints MB/s per core (CPU time of the
 * thread) and per wall-clock second. Not a test: run by hand (see docs/entities.md).
 */
public final class EntityExtractorBenchmark {

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        double target = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        EntityExtractor extractor = new EntityExtractor();
        PartialDate date = PartialDate.parse("2020-11-16");
        run(extractor, texts, date, 5);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        double megabytes = run(extractor, texts, date, target);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // CPU time is what one core spends; wall time also counts waiting for a core on a busy machine.
        System.out.printf(Locale.ROOT, "%.1f MB of text: %.2f s CPU, %.2f MB/s per core (%.2f s wall, %.2f MB/s)%n",
                megabytes, cpuSeconds, megabytes / cpuSeconds, seconds, megabytes / seconds);
    }

    private static double run(EntityExtractor extractor, List<String> texts, PartialDate date, double megabytes) {
        long bytes = 0;
        int persons = 0;
        while (bytes < megabytes * 1_000_000) {
            for (String text : texts) {
                persons += extractor.extract(List.of(text.split("\f")), null, date).persons().size();
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (persons < 0) {
            throw new AssertionError();
        }
        return bytes / 1e6;
    }
}

package org.minutes.cli.command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.minutes.bench.BenchConfig;
import org.minutes.bench.BenchReport;
import org.minutes.bench.Benchmark;
import org.minutes.cli.ExitCodes;
import org.minutes.pipeline.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes bench}: measures every stage and search, next to the raw tools. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput of every stage, search latency and scaling on generated archives, each",
            "next to the raw tool measured in the same run. Prints a table; --out also writes the figures as JSON.",
            "--quick finishes in under 3 minutes on 2 cores (smaller archives, fewer repetitions)."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Smaller archives and fewer repetitions.")
    boolean quick;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the figures as JSON to FILE.")
    Path out;

    @Option(names = "--samples", paramLabel = "DIR", description = "The samples folder the archives are generated from (default: ${DEFAULT-VALUE}).")
    Path samples = Path.of("samples");

    @Option(names = "--seed", paramLabel = "N", description = "Seed number of the generated archives (default: ${DEFAULT-VALUE}).")
    long seed = 2020;

    @Option(names = "--only", paramLabel = "SECTION", split = ",",
            description = "Only these sections: ocr, repair, entities, textlayer, indexing, scale, search (with scale), sync.")
    java.util.Set<String> only = new java.util.LinkedHashSet<>();

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temporary folder, deleted afterwards).")
    Path work;

    @Override
    public Integer call() throws Exception {
        PrintWriter printer = spec.commandLine().getOut();
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("no samples folder at " + samples + " (run from the repository root or give --samples)");
        }
        Path workDir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("minutes-bench");
        try {
            BenchConfig config = new BenchConfig(quick, workDir, samples, runningJar(), seed, only);
            BenchReport report = Benchmark.run(config, step -> {
                System.err.println("bench: " + step);
            });
            report.printTable(printer);
            if (out != null) {
                Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report.toJson());
            }
        } finally {
            if (work == null) {
                deleteTree(workDir);
            }
        }
        return ExitCodes.OK;
    }

    /** The jar this command runs from, for the cold-start figure; null when run from classes (tests). */
    private static Path runningJar() {
        try {
            Path location = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.minutes.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.ArchiveOption;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.JsonLines;
import org.minutes.cli.render.Progress;
import org.minutes.cli.render.Terminal;
import org.minutes.index.Archive;
import org.minutes.index.ImportSummary;
import org.minutes.index.Importer;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.outcome.FileOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes import FILE|DIR...}: bulk import into the archive. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import files and folders (recursively) into the archive.",
            "Unchanged files are skipped; a file that fails is reported and the rest are imported."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    JsonOption jsonOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Files processed at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Terminal terminal = Terminal.detect();
        boolean json = jsonOption.enabled();
        ImportSummary summary;
        try (Archive archive = Archive.openForWriting(archiveOption.dir())) {
            Importer importer = new Importer(Pipeline.standard(), archive, threads);
            Progress[] progress = new Progress[1];
            try {
                summary = importer.run(paths, new Importer.Listener() {
                    @Override
                    public void started(int files) {
                        progress[0] = Progress.start(json ? Terminal.plain() : terminal, "import", files);
                    }

                    @Override
                    public void finished(FileOutcome outcome) {
                        progress[0].step(outcome.file());
                        if (json) {
                            JsonLines.write(out, outcome);
                        } else if (!progress[0].active()) {
                            out.println(line(outcome));
                        }
                        out.flush();
                    }
                });
            } finally {
                if (progress[0] != null) {
                    progress[0].close();
                }
            }
        }
        report(out, summary, json);
        return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.NONE_OR_SOME_FAILED;
    }

    private static String line(FileOutcome outcome) {
        String status = String.format("%-9s", outcome.status().label());
        return outcome.reason() == null ? status + " " + outcome.file() : status + " " + outcome.file() + ": " + outcome.reason();
    }

    private static void report(PrintWriter out, ImportSummary summary, boolean json) {
        if (json) {
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("summary", true);
            for (FileOutcome.Status status : FileOutcome.Status.values()) {
                totals.put(status.label(), summary.count(status));
            }
            totals.put("seconds", Math.round(summary.seconds() * 100) / 100.0);
            JsonLines.write(out, totals);
            return;
        }
        out.printf("%nimported %d, updated %d, unchanged %d, failed %d (%.1f s)%n",
                summary.count(FileOutcome.Status.IMPORTED), summary.count(FileOutcome.Status.UPDATED),
                summary.count(FileOutcome.Status.UNCHANGED), summary.count(FileOutcome.Status.FAILED), summary.seconds());
        for (FileOutcome failure : summary.failures()) {
            out.println("failed: " + failure.file() + ": " + failure.reason());
        }
    }
}

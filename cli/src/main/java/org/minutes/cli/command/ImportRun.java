package org.minutes.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.render.JsonLines;
import org.minutes.cli.render.Progress;
import org.minutes.cli.render.Terminal;
import org.minutes.index.Archive;
import org.minutes.index.ArchiveLearning;
import org.minutes.index.ImportOptions;
import org.minutes.index.ImportSummary;
import org.minutes.index.Importer;
import org.minutes.index.SourceRecord;
import org.minutes.pipeline.PipelineSettings;
import org.minutes.pipeline.model.Json;
import org.minutes.pipeline.outcome.FileOutcome;

/** Runs an import or sync and reports it: per-file lines or a progress bar, a summary, an optional JSON report. */
final class ImportRun {

    private ImportRun() {
    }

    static int run(PrintWriter out, Path archiveDir, List<Path> paths, ImportOptions options, PipelineSettings settings,
                   boolean json, Path reportFile) throws IOException {
        Terminal terminal = json ? Terminal.plain() : Terminal.detect();
        ImportSummary summary;
        try (Archive archive = Archive.openForWriting(archiveDir)) {
            summary = importWith(archive, settings, paths, options, out, json, terminal);
        }
        Map<String, Object> report = report(summary, archiveDir);
        if (reportFile != null) {
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(reportFile.toFile(), report);
        }
        if (json) {
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("summary", true);
            totals.putAll(report);
            totals.remove("failures");
            JsonLines.write(out, totals);
        } else {
            printSummary(out, summary);
        }
        out.flush();
        return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.NONE_OR_SOME_FAILED;
    }

    private static ImportSummary importWith(Archive archive, PipelineSettings settings, List<Path> paths, ImportOptions options,
                                            PrintWriter out, boolean json, Terminal terminal) throws IOException {
        Progress[] progress = {null};
        try {
            return ArchiveLearning.importLearning(archive, settings, paths, options, new Importer.Listener() {
                @Override
                public void started(int files) {
                    progress[0] = Progress.start(terminal, "import", files);
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

    private static String line(FileOutcome outcome) {
        String status = String.format("%-11s", outcome.status().label());
        String file = Terminal.printable(outcome.file());
        return outcome.reason() == null ? status + " " + file : status + " " + file + ": " + outcome.reason();
    }

    /** The JSON run report; documented in the README. */
    static Map<String, Object> report(ImportSummary summary, Path archiveDir) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("archive", archiveDir.toAbsolutePath().toString());
        report.put("started", summary.started().toString());
        report.put("finished", summary.finished().toString());
        report.put("seconds", Math.round(summary.seconds() * 100) / 100.0);
        for (FileOutcome.Status status : FileOutcome.Status.values()) {
            report.put(status.label(), summary.count(status));
        }
        long handled = summary.outcomes().size();
        report.put("filesPerSecond", summary.seconds() > 0 ? Math.round(handled / summary.seconds() * 10) / 10.0 : handled);
        report.put("failures", summary.failures());
        report.put("quarantinedEarlier", summary.quarantined().stream().map(SourceRecord::path).toList());
        return report;
    }

    private static void printSummary(PrintWriter out, ImportSummary summary) {
        StringBuilder line = new StringBuilder(String.format("%nimported %d, updated %d, unchanged %d, failed %d",
                summary.count(FileOutcome.Status.IMPORTED), summary.count(FileOutcome.Status.UPDATED),
                summary.count(FileOutcome.Status.UNCHANGED), summary.count(FileOutcome.Status.FAILED)));
        if (summary.count(FileOutcome.Status.REMOVED) > 0) {
            line.append(", removed ").append(summary.count(FileOutcome.Status.REMOVED));
        }
        if (summary.count(FileOutcome.Status.QUARANTINED) > 0) {
            line.append(", quarantined ").append(summary.count(FileOutcome.Status.QUARANTINED));
        }
        out.println(line.append(String.format(" (%.1f s)", summary.seconds())));
        for (FileOutcome failure : summary.failures()) {
            out.println(failure.status().label() + ": " + Terminal.printable(failure.file()) + ": " + failure.reason());
        }
    }
}

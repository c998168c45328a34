package org.minutes.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.ArchiveOption;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.JsonLines;
import org.minutes.index.Archive;
import org.minutes.index.ImportOptions;
import org.minutes.index.SourceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes quarantine [--retry]}: files that crashed the import or timed out twice. */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = {"List the quarantined files: those that crashed the import or ran past the time limit twice.",
            "They are skipped (and reported) by every import and sync until retried with --retry."})
public final class QuarantineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    JsonOption jsonOption;

    @Option(names = "--retry", description = "Import the quarantined files again now.")
    boolean retry;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<SourceRecord> quarantined;
        try (Archive archive = Archive.openForReading(archiveOption.dir())) {
            quarantined = archive.sourceRecords(SourceRecord.Status.QUARANTINED);
        }
        if (retry) {
            if (quarantined.isEmpty()) {
                out.println("nothing is quarantined");
                return ExitCodes.OK;
            }
            List<Path> paths = quarantined.stream().map(r -> Path.of(r.path())).toList();
            return ImportRun.run(out, archiveOption.dir(), paths, ImportOptions.importing().withRetryQuarantined(true),
                    org.minutes.pipeline.PipelineSettings.defaults(), jsonOption.enabled(), null);
        }
        for (SourceRecord record : quarantined) {
            if (jsonOption.enabled()) {
                JsonLines.write(out, record);
            } else {
                out.println(record.path() + ": " + record.reason() + " (" + record.attempts() + " attempts)");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}

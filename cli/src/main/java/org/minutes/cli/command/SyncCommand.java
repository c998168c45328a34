package org.minutes.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.minutes.cli.option.ArchiveOption;
import org.minutes.cli.option.ImportOptionsMixin;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.option.OcrOption;
import org.minutes.pipeline.PipelineSettings;
import org.minutes.index.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes sync DIR...}: brings the archive in line with folders, for a nightly job. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Bring the archive in line with folders: new files imported, changed files re-imported,",
            "files gone from the folders removed from the archive (unless --keep-missing). Unchanged files are",
            "recognised by size and modification time without being read. A folder that is missing or unreadable",
            "removes nothing, so an unmounted share cannot empty the archive."})
public final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    JsonOption jsonOption;

    @Mixin
    ImportOptionsMixin importOptions;

    @Mixin
    OcrOption ocrOption;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to keep the archive in line with.")
    List<Path> paths;

    @Option(names = "--keep-missing", description = "Keep documents whose files are gone from the folders.")
    boolean keepMissing;

    @Option(names = "--reprocess-outdated", description = "Re-run the pipeline on documents made by an older version of a stage.")
    boolean reprocessOutdated;

    @Override
    public Integer call() throws Exception {
        ImportOptions options = importOptions.apply(ImportOptions.syncing())
                .withRemoveMissing(!keepMissing)
                .withReprocessOutdated(reprocessOutdated);
        return ImportRun.run(spec.commandLine().getOut(), archiveOption.dir(), paths, options,
                ocrOption.apply(PipelineSettings.defaults()), jsonOption.enabled(), importOptions.report());
    }
}

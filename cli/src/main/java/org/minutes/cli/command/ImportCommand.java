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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes import FILE|DIR...}: bulk import into the archive. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import files and folders (recursively) into the archive.",
            "Unchanged files are skipped; a file that fails is reported and the rest are imported.",
            "An interrupted import carries on where it stopped when run again."})
public final class ImportCommand implements Callable<Integer> {

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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        return ImportRun.run(spec.commandLine().getOut(), archiveOption.dir(), paths,
                importOptions.apply(ImportOptions.importing()), ocrOption.apply(PipelineSettings.defaults()), jsonOption.enabled(), importOptions.report());
    }
}

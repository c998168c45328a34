package org.minutes.cli;

import org.minutes.cli.command.ExtractCommand;
import org.minutes.cli.command.ImportCommand;
import org.minutes.cli.command.SearchCommand;
import org.minutes.cli.command.ShowCommand;
import org.minutes.cli.command.SyncCommand;
import org.minutes.cli.command.QuarantineCommand;
import org.minutes.cli.command.BenchCommand;
import org.minutes.cli.command.CheckCommand;
import org.minutes.cli.command.EntitiesCommand;
import org.minutes.cli.command.EvalCommand;
import org.minutes.cli.command.RepairCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: {@code minutes <verb>}. */
@Command(name = "minutes",
        mixinStandardHelpOptions = true,
        version = "minutes 0.1.0",
        description = "Turns an archive of Swedish meeting minutes into a searchable, trustworthy record.",
        subcommands = {ImportCommand.class, SyncCommand.class, SearchCommand.class, ShowCommand.class, ExtractCommand.class,
            EntitiesCommand.class, QuarantineCommand.class, CheckCommand.class, RepairCommand.class, EvalCommand.class,
            BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success (search: hits found; import/sync/extract: every file handled; check: archive ok).",
            "1:Search found nothing; import/sync/extract finished but some files failed; check found problems.",
            "2:Usage error, or the command could not run.",
            "3:The archive is locked by another import or sync."},
        scope = ScopeType.INHERIT)
public final class MinutesCommand implements Runnable {

    @Option(names = "--verbose", description = "Show the full cause of errors (stack traces).", scope = ScopeType.INHERIT)
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

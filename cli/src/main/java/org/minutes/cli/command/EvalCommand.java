package org.minutes.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code minutes eval …}: quality measurements users can run on their own material. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality on your own material: OCR and repair against a true text, entities against a gold file.",
        subcommands = {EvalOcrCommand.class, EvalRepairCommand.class, EvalEntitiesCommand.class})
public final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.minutes.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code minutes} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--verbose")) {
            // Read by SLF4J's simple logger when the first library logger is made, so set before any work.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(newCommandLine().execute(args));
    }

    /**
     * The configured command line: UTF-8 output whatever the platform default, one-line errors, exit codes from
     * {@link ExitCodes}. Tests call this and replace out and err.
     */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new MinutesCommand());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(ErrorHandler::handleParameterException);
        cli.setExitCodeExceptionMapper(ErrorHandler::exitCodeOf);
        return cli;
    }
}

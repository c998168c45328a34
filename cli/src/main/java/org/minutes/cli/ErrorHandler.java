package org.minutes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.minutes.index.ArchiveLockedException;
import org.minutes.index.search.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place errors reach the user: one line, {@code minutes: <what went wrong>}, and the matching exit code.
 * With {@code --verbose} the stack trace follows.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        err.println("minutes: " + messageOf(e));
        if (isVerbose(cli)) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCodeOf(e);
    }

    static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("minutes: " + e.getMessage());
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.ERROR;
    }

    static int exitCodeOf(Throwable e) {
        return e instanceof ArchiveLockedException ? ExitCodes.LOCKED : ExitCodes.ERROR;
    }

    static String messageOf(Throwable e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getReason() != null ? missing.getFile() + ": " + missing.getReason() : "no such file: " + missing.getFile();
        }
        if (e instanceof QuerySyntaxException || e instanceof IllegalArgumentException || e instanceof ArchiveLockedException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return (e instanceof IOException ? text : e.getClass().getSimpleName() + ": " + text).replaceAll("\\s+", " ");
    }

    private static boolean isVerbose(CommandLine cli) {
        CommandLine root = cli;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof MinutesCommand top && top.verbose;
    }
}

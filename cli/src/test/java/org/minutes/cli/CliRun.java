package org.minutes.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Runs the real {@code minutes} command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path archive, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (archive != null) {
            all.add("--archive");
            all.add(archive.toString());
        }
        return runRaw(all.toArray(String[]::new));
    }

    static CliRun runRaw(String... args) {
        CommandLine cli = Main.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The repository root, passed by the build; samples live below it. */
    static Path repo() {
        return Path.of(System.getProperty("minutes.repo", "..")).toAbsolutePath().normalize();
    }

    List<String> lines() {
        return out.lines().toList();
    }
}

package org.minutes.bench;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the raw tools the benchmark compares against (pdftotext, tesseract, the minutes jar itself). */
final class ExternalTool {

    private ExternalTool() {
    }

    /** True when {@code program} is on the PATH. */
    static boolean installed(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command} to completion, output discarded; fails when it exits with an error. */
    static void run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish in 30 minutes");
        }
        if (process.exitValue() > 1) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue());
        }
    }
}

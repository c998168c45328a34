package org.minutes.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.minutes.pipeline.model.Json;

/**
 * Remembers which files an import is working on, durably, so the next run can tell which files were in hand when
 * a run died.
 *
 * <p>The journal ({@code inflight.log} in the archive) starts with the run's process id; each file gets a line
 * when work on it starts (flushed to disk before the work) and one when it ends. A run that finishes deletes it.
 * A journal left behind means the run died. Whether it <em>crashed</em> (a native crash inside OCR, which the JVM
 * reports in {@code hs_err_pid<pid>.log}, or running out of memory) or was merely killed or lost power is told by
 * that crash report: only a crash counts against the files that were in hand, so stopping an import by hand never
 * quarantines anything.
 */
final class CrashJournal implements AutoCloseable {

    static final String FILE = "inflight.log";
    /** Where the launcher asks the JVM to write crash reports ({@code -XX:ErrorFile}). */
    static final String CRASH_REPORT = "minutes-hs_err_pid%d.log";

    /**
     * What a journal left behind by a dead run says.
     *
     * @param inHand the files that run was working on when it died
     * @param crashed true when the run crashed rather than being stopped
     */
    record Leftover(Set<String> inHand, boolean crashed) {
        static final Leftover NONE = new Leftover(Set.of(), false);
    }

    private final Path file;
    private final FileChannel channel;

    private CrashJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Reads what a dead run left behind, if anything, in {@code archiveDir}. */
    static Leftover leftover(Path archiveDir, Path crashReportDir) throws IOException {
        Path file = archiveDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Leftover.NONE;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> inHand = new LinkedHashSet<>();
        long pid = -1;
        boolean crashed = false;
        for (String line : lines) {
            if (line.startsWith("pid ")) {
                pid = Long.parseLong(line.substring(4).trim());
            } else if (line.equals("oom")) {
                crashed = true;
            } else if (line.startsWith("+") || line.startsWith("-")) {
                String path = decode(line.substring(1));
                if (path == null) {
                    continue; // a line cut short by the crash itself
                }
                if (line.startsWith("+")) {
                    inHand.add(path);
                } else {
                    inHand.remove(path);
                }
            }
        }
        if (pid > 0 && Files.exists(crashReportDir.resolve(String.format(CRASH_REPORT, pid)))) {
            crashed = true;
        }
        return new Leftover(inHand, crashed);
    }

    /** Starts a new journal for this run, replacing any leftover (read it first). */
    static CrashJournal start(Path archiveDir) throws IOException {
        Path file = archiveDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        CrashJournal journal = new CrashJournal(file, channel);
        journal.append("pid " + ProcessHandle.current().pid(), true);
        return journal;
    }

    /** Records, durably, that work on {@code path} starts. */
    synchronized void begin(String path) throws IOException {
        append("+" + encode(path), true);
    }

    synchronized void end(String path) throws IOException {
        append("-" + encode(path), false);
    }

    /** Records that the run ran out of memory: the files in hand are to blame as for a crash. */
    synchronized void outOfMemory() throws IOException {
        append("oom", true);
    }

    private void append(String line, boolean durable) throws IOException {
        channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        if (durable) {
            channel.force(false);
        }
    }

    /** Ends a run that finished: the journal is deleted. */
    @Override
    public synchronized void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }

    private static String encode(String path) {
        try {
            return Json.mapper().writeValueAsString(path); // a JSON string: file names may hold newlines
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String json) {
        try {
            return Json.mapper().readValue(json, String.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}

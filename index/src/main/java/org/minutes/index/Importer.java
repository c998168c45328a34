package org.minutes.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.ingest.Hashing;
import org.minutes.pipeline.ingest.SourceFiles;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Source;
import org.minutes.pipeline.ocr.OcrStage;
import org.minutes.pipeline.outcome.FileOutcome;

/**
 * Imports files into an archive, and with {@link ImportOptions#removeMissing()} keeps it in line with folders
 * (sync).
 *
 * <p>A file whose size and modification time match what the archive recorded is unchanged and not even read; one
 * whose bytes are already archived is not processed again. The rest run through the pipeline in parallel and are
 * stored in the order found, committed every {@link #COMMIT_EVERY} files: a run killed at any moment keeps what
 * was committed and the next run carries on from there. Every file gets exactly one outcome. A file that crashed
 * the process or ran past the time limit is retried once, then quarantined; a file that fails for a reason of its
 * own (encrypted, corrupt) is reported and tried again only when it changes.
 */
public final class Importer {

    /** The name of the OCR stage: outdated OCR means reading the source again. */
    private static final String OCR = "ocr";

    /** Files between commits. */
    static final int COMMIT_EVERY = 50;

    /** Told about each file as it finishes; called from the importing thread. */
    public interface Listener {
        void started(int files);

        void finished(FileOutcome outcome);

        /** A document was stored (imported, updated or reprocessed); for learning from the archive. */
        default void stored(Document document) {
        }
    }

    private final Pipeline pipeline;
    private final Archive archive;
    private final ImportOptions options;
    private final Path crashReportDir;

    public Importer(Pipeline pipeline, Archive archive, ImportOptions options) {
        this(pipeline, archive, options, Path.of(System.getProperty("java.io.tmpdir")));
    }

    Importer(Pipeline pipeline, Archive archive, ImportOptions options, Path crashReportDir) {
        this.pipeline = pipeline;
        this.archive = archive;
        this.options = options;
        this.crashReportDir = crashReportDir;
    }

    public ImportSummary run(List<Path> roots, Listener listener) throws IOException {
        Instant started = Instant.now();
        blameCrash(CrashJournal.leftover(archive.dir(), crashReportDir));
        SourceFiles.Found found = SourceFiles.collect(roots);
        List<FileOutcome> outcomes = new ArrayList<>();
        List<SourceRecord> stillQuarantined = new ArrayList<>();
        listener.started(found.files().size() + found.problems().size());
        for (FileOutcome problem : found.problems()) {
            emit(problem, outcomes, listener);
        }
        try (CrashJournal journal = CrashJournal.start(archive.dir())) {
            Run run = new Run(journal, outcomes, listener);
            for (Path file : found.files()) {
                run.handle(file, stillQuarantined);
            }
            run.drain();
            if (options.removeMissing()) {
                removeMissing(roots, found.files(), outcomes, listener);
            }
            archive.commit();
        }
        return new ImportSummary(started, Instant.now(), outcomes, stillQuarantined);
    }

    /** Charges a crashed run's files in hand with an attempt; the second quarantines. A mere kill charges none. */
    private void blameCrash(CrashJournal.Leftover leftover) throws IOException {
        if (!leftover.crashed() || leftover.inHand().isEmpty()) {
            return;
        }
        for (String path : leftover.inHand()) {
            Optional<SourceRecord> before = archive.sourceRecord(path);
            int attempts = before.map(SourceRecord::attempts).orElse(0) + 1;
            long size = Files.isRegularFile(Path.of(path)) ? Files.size(Path.of(path)) : -1;
            long modified = size >= 0 ? Files.getLastModifiedTime(Path.of(path)).toMillis() : -1;
            archive.recordFailure(new SourceRecord(path, before.map(SourceRecord::sha256).orElse(null), size, modified, null,
                    attempts >= 2 ? SourceRecord.Status.QUARANTINED : SourceRecord.Status.FAILED,
                    "the import process crashed while working on this file", attempts));
        }
        archive.commit();
    }

    private void removeMissing(List<Path> roots, List<Path> present, List<FileOutcome> outcomes, Listener listener) throws IOException {
        Set<String> seen = new HashSet<>();
        present.forEach(p -> seen.add(p.toString()));
        List<String> safeRoots = new ArrayList<>();
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            // A folder that is missing or unreadable (an unmounted share) must not empty the archive.
            if (Files.isDirectory(absolute) && Files.isReadable(absolute)) {
                safeRoots.add(absolute + java.io.File.separator);
            }
        }
        for (SourceRecord record : archive.sourceRecords()) {
            String path = record.path();
            if (!seen.contains(path) && safeRoots.stream().anyMatch(path::startsWith) && Files.notExists(Path.of(path))) {
                archive.removeSource(path);
                emit(new FileOutcome(path, FileOutcome.Status.REMOVED, record.documentId(), null), outcomes, listener);
            }
        }
    }

    private static void emit(FileOutcome outcome, List<FileOutcome> outcomes, Listener listener) {
        outcomes.add(outcome);
        listener.finished(outcome);
    }

    /** The result of working on one file in a worker. */
    private record Processed(Path file, Source source, Document document, boolean reprocessed, FileOutcome failure,
                             int attempts, boolean passing) {
        /** A failure of the file itself (corrupt, encrypted): recorded, retried when the file changes. */
        static Processed failed(Path file, String reason) {
            return new Processed(file, null, null, false, FileOutcome.failed(file.toString(), reason), 0, false);
        }

        /** A failure of the moment (the file changed or vanished while read): not recorded, so the next run retries. */
        static Processed passing(Path file, String reason) {
            return new Processed(file, null, null, false, FileOutcome.failed(file.toString(), reason), 0, true);
        }
    }

    /** A file handed to a worker, with when the worker started it (0 while queued). */
    private record Task(Path file, Optional<SourceRecord> record, Future<Processed> future, AtomicLong startedNanos) {
    }

    /** One run's moving parts: the worker pool, the files in flight, and the commit counter. */
    private final class Run {
        private final CrashJournal journal;
        private final List<FileOutcome> outcomes;
        private final Listener listener;
        private final ThreadPoolExecutor pool;
        private final Deque<Task> inFlight = new ArrayDeque<>();
        private int sinceCommit;

        Run(CrashJournal journal, List<FileOutcome> outcomes, Listener listener) {
            this.journal = journal;
            this.outcomes = outcomes;
            this.listener = listener;
            this.pool = new ThreadPoolExecutor(options.threads(), options.threads(), 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), runnable -> {
                        Thread thread = new Thread(runnable, "import-worker");
                        thread.setDaemon(true); // a worker stuck in native code must not keep the JVM alive
                        return thread;
                    });
        }

        void handle(Path file, List<SourceRecord> stillQuarantined) throws IOException {
            String path = file.toString();
            Optional<SourceRecord> record = archive.sourceRecord(path);
            long size;
            long modified;
            try {
                size = Files.size(file);
                modified = Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                finish(FileOutcome.failed(path, e instanceof java.nio.file.NoSuchFileException
                        ? "the file disappeared before it could be read" : "cannot read: " + e.getMessage()));
                return;
            }
            if (record.isPresent() && record.get().sameStamp(size, modified)) {
                SourceRecord r = record.get();
                switch (r.status()) {
                    case WAITING -> {
                        // read again: OCR may be available now
                    }
                    case INDEXED -> {
                        if (!options.reprocessOutdated() || !isOutdated(r)) {
                            finish(new FileOutcome(path, FileOutcome.Status.UNCHANGED, r.documentId(), null));
                            return;
                        }
                    }
                    case QUARANTINED -> {
                        if (!options.retryQuarantined()) {
                            stillQuarantined.add(r);
                            finish(new FileOutcome(path, FileOutcome.Status.QUARANTINED, null, r.reason()));
                            return;
                        }
                    }
                    case FAILED -> {
                        if (r.attempts() == 0) { // failed for a reason of its own: retried when it changes
                            finish(FileOutcome.failed(path, r.reason()));
                            return;
                        }
                    }
                }
            }
            AtomicLong startedNanos = new AtomicLong();
            Future<Processed> future = pool.submit(() -> {
                startedNanos.set(System.nanoTime());
                return process(file, record);
            });
            inFlight.add(new Task(file, record, future, startedNanos));
            if (inFlight.size() >= options.threads() * 2) {
                store(inFlight.poll());
            }
        }

        void drain() throws IOException {
            while (!inFlight.isEmpty()) {
                store(inFlight.poll());
            }
            pool.shutdownNow();
        }

        private boolean isOutdated(SourceRecord record) throws IOException {
            Optional<Document> document = record.documentId() == null ? Optional.empty() : archive.get(record.documentId());
            return document.isPresent() && !document.get().versions().equals(pipeline.versions());
        }

        private Processed process(Path file, Optional<SourceRecord> record) {
            String path = file.toString();
            try {
                journal.begin(path);
                try {
                    long size = Files.size(file);
                    long modified = Files.getLastModifiedTime(file).toMillis();
                    String sha = Hashing.sha256(file);
                    Source source = new Source(path, sha, size, modified);
                    Optional<Document> known = archive.findByContent(sha);
                    Document document;
                    if (known.isEmpty()) {
                        document = pipeline.process(file);
                    } else {
                        Document archived = known.get();
                        String outdated = options.reprocessOutdated() ? pipeline.firstOutdatedStage(archived) : null;
                        if (OcrStage.waitsForOcr(archived) || OCR.equals(outdated)) {
                            document = pipeline.process(file); // OCR may be available now, or better
                        } else if (outdated != null) {
                            return new Processed(file, source, pipeline.rerunFrom(outdated, archived), true, null, 0, false);
                        } else {
                            return new Processed(file, source, archived, false, null, 0, false);
                        }
                    }
                    if (!document.primarySource().sha256().equals(sha) || Files.size(file) != size
                            || Files.getLastModifiedTime(file).toMillis() != modified) {
                        return Processed.passing(file, "the file changed while it was being read; it will be read again next run");
                    }
                    return new Processed(file, source, document, known.isPresent(), null, 0, false);
                } finally {
                    journal.end(path);
                }
            } catch (PipelineException e) {
                return Processed.failed(file, e.getMessage());
            } catch (java.nio.file.NoSuchFileException e) {
                return Processed.passing(file, "the file disappeared while it was being read");
            } catch (IOException e) {
                return Processed.failed(file, "cannot read: " + e.getMessage());
            } catch (OutOfMemoryError e) {
                try {
                    journal.outOfMemory();
                } catch (IOException ignored) {
                    // the out-of-memory error is what gets reported
                }
                return Processed.failed(file, "ran out of memory while processing");
            } catch (RuntimeException | StackOverflowError e) {
                return Processed.failed(file, "processing failed: " + e);
            }
        }

        private void store(Task task) throws IOException {
            Processed processed = await(task);
            String path = task.file().toString();
            FileOutcome outcome;
            if (processed.failure() != null) {
                outcome = processed.failure();
                if (!processed.passing()) {
                    archive.recordFailure(failureRecord(task, outcome.reason(), processed.attempts()));
                }
            } else if (processed.reprocessed()) {
                Document known = archive.findByContent(processed.source().sha256()).orElse(processed.document());
                Document updated = processed.document().withSources(known.sources());
                archive.replace(updated);
                listener.stored(updated);
                outcome = new FileOutcome(path, FileOutcome.Status.UPDATED, processed.document().id(), null);
            } else {
                Document document = processed.document().withSources(List.of(processed.source()));
                FileOutcome.Status status = archive.put(document);
                if (status != FileOutcome.Status.UNCHANGED) {
                    listener.stored(document);
                }
                outcome = new FileOutcome(path, status, document.id(), null);
            }
            finish(outcome);
        }

        /** Waits for a task, cutting it off when it has run longer than the per-file limit. */
        private Processed await(Task task) throws IOException {
            long limit = options.fileTimeout().toNanos();
            while (true) {
                try {
                    return task.future().get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    long started = task.startedNanos().get();
                    if (started > 0 && System.nanoTime() - started > limit) {
                        return timedOut(task);
                    }
                } catch (CancellationException e) {
                    return timedOut(task);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("import interrupted", e);
                } catch (ExecutionException e) {
                    return Processed.failed(task.file(), "processing failed: " + e.getCause());
                }
            }
        }

        private Processed timedOut(Task task) {
            task.future().cancel(true);
            // The worker may be stuck in native code that ignores interrupts: add one so capacity stays the same.
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            int attempts = task.record().map(SourceRecord::attempts).orElse(0) + 1;
            String reason = "timed out after " + options.fileTimeout().toSeconds() + " s";
            FileOutcome outcome = attempts >= 2
                    ? new FileOutcome(task.file().toString(), FileOutcome.Status.QUARANTINED, null, reason + " twice; quarantined")
                    : FileOutcome.failed(task.file().toString(), reason + "; it will be tried once more");
            return new Processed(task.file(), null, null, false, outcome, attempts, false);
        }

        private SourceRecord failureRecord(Task task, String reason, int attempts) throws IOException {
            Path file = task.file();
            long size = Files.isRegularFile(file) ? Files.size(file) : -1;
            long modified = size >= 0 ? Files.getLastModifiedTime(file).toMillis() : -1;
            return new SourceRecord(file.toString(), null, size, modified, null,
                    attempts >= 2 ? SourceRecord.Status.QUARANTINED : SourceRecord.Status.FAILED, reason, attempts);
        }

        private void finish(FileOutcome outcome) throws IOException {
            emit(outcome, outcomes, listener);
            if (++sinceCommit >= COMMIT_EVERY) {
                archive.commit();
                sinceCommit = 0;
            }
        }
    }
}

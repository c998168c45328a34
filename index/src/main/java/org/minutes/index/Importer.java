package org.minutes.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.ingest.Hashing;
import org.minutes.pipeline.ingest.SourceFiles;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.outcome.FileOutcome;

/**
 * Imports files into an archive: finds them, skips what is already archived with the same content, runs the
 * pipeline on the rest in parallel and stores the results.
 *
 * <p>Every file gets exactly one outcome; a file that fails leaves the archive as it was. Progress is committed
 * every {@link #COMMIT_EVERY} files, so an interrupted import keeps what it finished.
 */
public final class Importer {

    /** Files between commits. */
    static final int COMMIT_EVERY = 50;

    /** Told about each file as it finishes; called from the importing thread. */
    public interface Listener {
        void started(int files);

        void finished(FileOutcome outcome);
    }

    private final Pipeline pipeline;
    private final Archive archive;
    private final int threads;

    public Importer(Pipeline pipeline, Archive archive, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.archive = archive;
        this.threads = threads;
    }

    public ImportSummary run(List<Path> roots, Listener listener) throws IOException {
        long start = System.nanoTime();
        SourceFiles.Found found = SourceFiles.collect(roots);
        List<FileOutcome> outcomes = new ArrayList<>(found.problems());
        listener.started(found.files().size() + found.problems().size());
        found.problems().forEach(listener::finished);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "import-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Files are processed in parallel but stored in the order found, a bounded number in flight.
            Deque<Future<Processed>> inFlight = new ArrayDeque<>();
            int sinceCommit = 0;
            for (Path file : found.files()) {
                inFlight.add(pool.submit(() -> process(file)));
                if (inFlight.size() >= threads * 2) {
                    sinceCommit = store(inFlight.poll(), outcomes, listener, sinceCommit);
                }
            }
            while (!inFlight.isEmpty()) {
                sinceCommit = store(inFlight.poll(), outcomes, listener, sinceCommit);
            }
            archive.commit();
        } finally {
            pool.shutdownNow();
        }
        return new ImportSummary(outcomes, (System.nanoTime() - start) / 1e9);
    }

    /** The result of running the pipeline on one file, or why it could not be. */
    private record Processed(Path file, Document document, FileOutcome outcome) {
    }

    private Processed process(Path file) {
        String name = file.toString();
        try {
            Optional<Document> known = archive.findByContent(Hashing.sha256(file));
            if (known.isPresent()) {
                // Same bytes already archived: record this path as a source, no need to process again.
                Document again = known.get().withSources(List.of(sourceOf(file, known.get())));
                return new Processed(file, again, null);
            }
            return new Processed(file, pipeline.process(file), null);
        } catch (PipelineException e) {
            return new Processed(file, null, FileOutcome.failed(name, e.getMessage()));
        } catch (IOException e) {
            return new Processed(file, null, FileOutcome.failed(name, "cannot read: " + e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new Processed(file, null, FileOutcome.failed(name, "processing failed: " + e));
        }
    }

    private static org.minutes.pipeline.model.Source sourceOf(Path file, Document known) throws IOException {
        var template = known.primarySource();
        return new org.minutes.pipeline.model.Source(file.toAbsolutePath().normalize().toString(), template.sha256(),
                template.size(), java.nio.file.Files.getLastModifiedTime(file).toMillis());
    }

    private int store(Future<Processed> future, List<FileOutcome> outcomes, Listener listener, int sinceCommit) throws IOException {
        Processed processed;
        try {
            processed = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("process() reports failures as outcomes", e.getCause());
        }
        FileOutcome outcome = processed.outcome();
        if (outcome == null) {
            try {
                FileOutcome.Status status = archive.put(processed.document());
                outcome = new FileOutcome(processed.file().toString(), status, processed.document().id(), null);
            } catch (IOException e) {
                outcome = FileOutcome.failed(processed.file().toString(), "cannot store: " + e.getMessage());
            }
        }
        outcomes.add(outcome);
        listener.finished(outcome);
        if (++sinceCommit >= COMMIT_EVERY) {
            archive.commit();
            return 0;
        }
        return sinceCommit;
    }
}

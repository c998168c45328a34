package org.minutes.pipeline.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.minutes.pipeline.Stage;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Problem;
import org.minutes.pipeline.model.TextMethod;

/**
 * Recognises the text of pages that have none, and of pages whose text layer looks like OCR made without Swedish,
 * with Tesseract's Swedish model.
 *
 * <p>Per page, following the {@link OcrPolicy}: a page without text is recognised; a PDF text layer judged poor by
 * {@link TextLayerScorer} is recognised again and the better of the two texts (by the same score) is kept; other
 * pages are left alone. The page records the method, the reason and Tesseract's mean word confidence.
 *
 * <p>Pages are recognised in parallel by a fixed pool of worker threads, each with its own long-lived
 * {@link OcrEngine}; each worker decodes one page at a time from the source file, so memory does not grow with the
 * document. A page that is refused (pixel bomb, too small), unreadable or cut off by the time limit fails alone,
 * with a {@link Problem}. When Tesseract is not installed, pages keep waiting for OCR and the document says why.
 *
 * <p>Thread-safe: documents may be processed from several threads at once; they share the workers.
 * {@link #close()} stops the workers and frees their engines.
 */
public final class OcrStage implements Stage, AutoCloseable {

    /** The start of the reason on pages that still need OCR, so a later run can find them. */
    public static final String WAITING = "waiting for OCR: ";

    private final OcrOptions options;
    private final TextLayerScorer scorer = new TextLayerScorer();
    private final ExecutorService workers;
    private final AtomicBoolean threadWarningGiven = new AtomicBoolean();

    /** True when some page of {@code document} waits for OCR that was not available when it was read. */
    public static boolean waitsForOcr(Document document) {
        return document.pages().stream().anyMatch(p -> p.reason() != null && p.reason().contains(WAITING));
    }

    public OcrStage(OcrOptions options) {
        this.options = options;
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(options.workers(),
                task -> new Worker(task, "ocr-" + counter.incrementAndGet(), options));
    }

    public OcrOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "ocr";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Document apply(Document document) {
        if (options.policy() == OcrPolicy.NEVER || !PageImages.handles(document.mediaType())) {
            return document;
        }
        List<Page> pages = document.pages();
        List<Job> jobs = new ArrayList<>();
        for (Page page : pages) {
            Job job = plan(page);
            if (job != null) {
                jobs.add(job);
            }
        }
        if (jobs.isEmpty()) {
            return document;
        }
        List<Problem> problems = new ArrayList<>();
        try {
            Tesseract.check(options);
        } catch (OcrUnavailableException e) {
            problems.add(new Problem(name(), null, "OCR unavailable: " + e.getMessage()));
            return document.withPages(replace(pages, jobs, job -> waiting(job, e.getMessage()))).withProblems(problems);
        }
        String warning = Tesseract.threadWarning();
        if (warning != null && threadWarningGiven.compareAndSet(false, true)) {
            problems.add(new Problem(name(), null, warning));
        }
        recognizeAll(Path.of(document.primarySource().path()), document.mediaType(), jobs);
        for (Job job : jobs) {
            if (job.failure != null) {
                problems.add(new Problem(name(), job.page.number(), job.failure));
            }
        }
        return document.withPages(replace(pages, jobs, this::finish)).withProblems(problems);
    }

    /** The work one page needs, or null when it keeps its text. */
    private Job plan(Page page) {
        if (page.method() == TextMethod.PLAIN) {
            return null;
        }
        if (page.method() == TextMethod.NONE) {
            return new Job(page, null);
        }
        if (page.method() == TextMethod.TEXT_LAYER) {
            if (options.policy() == OcrPolicy.ALWAYS) {
                return new Job(page, null);
            }
            TextQuality quality = scorer.assess(page.text());
            if (quality.poor()) {
                return new Job(page, quality);
            }
            return null;
        }
        // Already recognised (a document passed through twice): only a forced run repeats it.
        return options.policy() == OcrPolicy.ALWAYS ? new Job(page, null) : null;
    }

    /** Runs the jobs on the workers: one lane per worker, each lane with its own open file, one page at a time. */
    private void recognizeAll(Path file, String mediaType, List<Job> jobs) {
        AtomicInteger next = new AtomicInteger();
        int lanes = Math.min(options.workers(), jobs.size());
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            running.add(workers.submit(() -> lane(file, mediaType, jobs, next)));
        }
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                // lane() catches what pages throw; anything else is a bug, and the pages it left say so below.
            }
        }
        for (Job job : jobs) {
            if (job.result == null && job.failure == null) {
                job.failure = "OCR did not finish (interrupted)";
            }
        }
    }

    private void lane(Path file, String mediaType, List<Job> jobs, AtomicInteger next) {
        Worker worker = (Worker) Thread.currentThread();
        try (PageImages images = PageImages.open(file, mediaType, options)) {
            for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) {
                Job job = jobs.get(i);
                try {
                    PageImage image = images.read(job.page.number());
                    job.result = worker.engine().recognize(image.image(), image.dpi());
                } catch (PageFailure e) {
                    job.failure = e.getMessage();
                } catch (OcrUnavailableException e) {
                    job.failure = "OCR unavailable: " + e.getMessage();
                } catch (RuntimeException | OutOfMemoryError e) {
                    job.failure = "OCR failed: " + describe(e);
                }
            }
        } catch (IOException | RuntimeException e) {
            String reason = "cannot open the file for OCR: " + describe(e);
            for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) {
                jobs.get(i).failure = reason;
            }
        }
    }

    private Page finish(Job job) {
        Page page = job.page;
        if (job.result == null) {
            if (page.method() == TextMethod.NONE) {
                return page.withObtainedText("", TextMethod.NONE, "OCR failed: " + job.failure, null);
            }
            return page.withObtainedText(page.text(), page.method(), page.reason() + "; OCR failed: " + job.failure, page.confidence());
        }
        OcrEngine.Recognition r = job.result;
        String hygiene = hygiene(r);
        if (job.quality != null) {
            TextQuality ocr = scorer.assess(r.text());
            String comparison = String.format(Locale.ROOT, "text layer %s; OCR scored %.2f against %.2f",
                    job.quality.reason(), ocr.score(), job.quality.score());
            if (ocr.score() > job.quality.score()) {
                return page.withObtainedText(r.text(), TextMethod.OCR, comparison + ", OCR kept" + hygiene, r.confidence());
            }
            return page.withObtainedText(page.text(), TextMethod.TEXT_LAYER, comparison + ", text layer kept", null);
        }
        String why = switch (page.method()) {
            case NONE -> r.text().isBlank() ? "no text layer; OCR found no text" : "no text layer: OCR";
            default -> "OCR forced";
        };
        return page.withObtainedText(r.text(), TextMethod.OCR, why + " (" + options.language() + ")" + hygiene, r.confidence());
    }

    private static String hygiene(OcrEngine.Recognition r) {
        StringBuilder sb = new StringBuilder();
        if (r.rotation() != 0) {
            sb.append("; turned ").append(r.rotation()).append("°");
        }
        if (r.skew() != 0) {
            sb.append(String.format(Locale.ROOT, "; deskewed %.1f°", r.skew()));
        }
        return sb.toString();
    }

    private static Page waiting(Job job, String why) {
        Page page = job.page;
        if (page.method() == TextMethod.NONE) {
            return page.withObtainedText("", TextMethod.NONE, WAITING + why, null);
        }
        String quality = job.quality == null ? "" : "text layer " + job.quality.reason() + "; ";
        return page.withObtainedText(page.text(), page.method(), quality + WAITING + why, page.confidence());
    }

    private static List<Page> replace(List<Page> pages, List<Job> jobs, java.util.function.Function<Job, Page> change) {
        List<Page> out = new ArrayList<>(pages);
        for (Job job : jobs) {
            out.set(job.page.number() - 1, change.apply(job));
        }
        return out;
    }

    /** One line describing an exception, without its class name when it has a message. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip().replaceAll("\\s+", " ");
    }

    /** Stops the workers, letting pages in progress finish, and frees their engines. */
    @Override
    public void close() {
        workers.shutdown();
    }

    /** One page's work; written by one worker, read after the lanes are joined (Future.get orders the writes). */
    private static final class Job {
        final Page page;
        final TextQuality quality;
        OcrEngine.Recognition result;
        String failure;

        Job(Page page, TextQuality quality) {
            this.page = page;
            this.quality = quality;
        }
    }

    /** A worker thread with its own engine, opened on first use and closed when the thread ends. */
    private static final class Worker extends Thread {
        private final OcrOptions options;
        private OcrEngine engine;

        Worker(Runnable task, String name, OcrOptions options) {
            super(task, name);
            this.options = options;
            setDaemon(true); // a command that forgets close() still exits
        }

        OcrEngine engine() throws OcrUnavailableException {
            if (engine == null) {
                engine = OcrEngine.open(options);
            }
            return engine;
        }

        @Override
        public void run() {
            try {
                super.run();
            } finally {
                if (engine != null) {
                    engine.close();
                }
            }
        }
    }
}

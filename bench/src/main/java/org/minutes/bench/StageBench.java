package org.minutes.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.minutes.pipeline.extract.EntityExtractor;
import org.minutes.pipeline.ingest.Ingestor;
import org.minutes.pipeline.lexicon.SwedishLexicon;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.ocr.OcrOptions;
import org.minutes.pipeline.ocr.OcrStage;
import org.minutes.pipeline.repair.SwedishRepairer;

/**
 * Per-stage throughput: OCR next to the tesseract program on the same page images, repair and entity extraction
 * in MB/s of text per core. Per-core figures use the thread's CPU time, which a machine shared with other work
 * disturbs less than wall time.
 */
final class StageBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU seconds of new-word repair before new-word runs are measured (the JIT's warm-up; see repair()). */
    private static final double WARM_UP_SECONDS = 15;

    private StageBench() {
    }

    static List<Figure> ocr(BenchConfig config) throws Exception {
        List<Figure> figures = new ArrayList<>();
        Path scan;
        try (Stream<Path> files = Files.list(config.samplesDir())) {
            scan = files.filter(p -> p.toString().endsWith(".scan.pdf")).findFirst().orElse(null);
        }
        if (scan == null) {
            figures.add(Figure.missing("ocr", "OCR pages/s", "no *.scan.pdf in " + config.samplesDir()));
            return figures;
        }
        Path dir = Files.createDirectories(config.workDir().resolve("ocr"));
        List<Path> images = renderPages(scan, dir, config.quick() ? 1 : 2);
        Path tiff = writeTiff(images, dir.resolve("pages.tif"));
        int pages = images.size();
        int cores = Runtime.getRuntime().availableProcessors();
        int reps = config.quick() ? 2 : config.repetitions();
        Document document = new Ingestor().read(tiff);

        List<Double> one = ocrRates(document, 1, reps, pages);
        List<Double> all = ocrRates(document, cores, reps, pages);
        figures.add(Figure.of("ocr", "minutes OCR, 1 worker, " + pages + " pages at 300 dpi", "pages/s", one));
        figures.add(Figure.of("ocr", "minutes OCR, " + cores + " workers", "pages/s", all));
        figures.add(Figure.of("ocr", "speed-up from 1 to " + cores + " workers", "ratio", ratios(all, one)));
        if (!ExternalTool.installed("tesseract")) {
            figures.add(Figure.missing("ocr", "tesseract CLI", "tesseract not installed (Debian: tesseract-ocr tesseract-ocr-swe)"));
        } else {
            List<Double> cliOne = Stopwatch.rates(pages, Stopwatch.seconds(reps, () -> tesseractCli(images, 1)));
            List<Double> cli = Stopwatch.rates(pages, Stopwatch.seconds(reps, () -> tesseractCli(images, cores)));
            figures.add(Figure.of("ocr", "tesseract CLI, 1 process, OMP_THREAD_LIMIT=1, same images", "pages/s", cliOne));
            figures.add(Figure.of("ocr", "tesseract CLI, " + cores + " processes, OMP_THREAD_LIMIT=1, same images", "pages/s", cli));
            figures.add(Figure.of("ocr", "minutes " + cores + " workers / tesseract CLI (same run)", "ratio", ratios(all, cli)));
            figures.add(new Figure("ocr", "tesseract CLI speed-up from 1 to " + cores + " processes", "ratio", ratios(cli, cliOne),
                    "what the machine's cores allow the raw tool"));
        }
        if (ExternalTool.installed("ocrmypdf")) {
            List<String> command = List.of("ocrmypdf", "--jobs", String.valueOf(cores), "-l", "swe", "--force-ocr", scan.toString(),
                    dir.resolve("ocrmypdf.pdf").toString());
            int scanPages = pages / (config.quick() ? 1 : 2);
            figures.add(Figure.of("ocr", "OCRmyPDF --jobs " + cores + " -l swe on the scan", "pages/s",
                    Stopwatch.rates(scanPages, Stopwatch.seconds(reps, () -> ExternalTool.run(command, Map.of("OMP_THREAD_LIMIT", "1"))))));
        } else {
            figures.add(Figure.missing("ocr", "OCRmyPDF", "not installed (Debian: ocrmypdf)"));
        }
        return figures;
    }

    private static List<Double> ocrRates(Document document, int workers, int reps, int pages) throws Exception {
        try (OcrStage stage = new OcrStage(OcrOptions.always().withWorkers(workers))) {
            warmUp(stage, workers);
            return Stopwatch.rates(pages, Stopwatch.seconds(reps, () -> stage.apply(document)));
        }
    }

    /** Starts every worker's Tesseract engine on a small blank-page document, so start-up is not measured. */
    private static void warmUp(OcrStage stage, int workers) throws IOException {
        BufferedImage blank = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Path dir = Files.createTempDirectory("minutes-ocr-warmup");
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Path image = dir.resolve("blank-" + i + ".png");
            ImageIO.write(blank, "png", image.toFile());
            images.add(image);
        }
        try {
            stage.apply(new Ingestor().read(writeTiff(images, dir.resolve("warm.tif"))));
        } catch (org.minutes.pipeline.PipelineException e) {
            throw new IOException(e);
        }
    }

    private static List<Path> renderPages(Path pdf, Path dir, int copies) throws IOException {
        List<Path> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int copy = 0; copy < copies; copy++) {
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    Path image = dir.resolve(String.format("page-%d-%d.png", copy, i + 1));
                    if (copy == 0) {
                        ImageIO.write(renderer.renderImageWithDPI(i, 300, ImageType.GRAY), "png", image.toFile());
                    } else {
                        Files.copy(dir.resolve(String.format("page-0-%d.png", i + 1)), image);
                    }
                    images.add(image);
                }
            }
        }
        return images;
    }

    private static Path writeTiff(List<Path> images, Path tiff) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Path image : images) {
                writer.writeToSequence(new IIOImage(ImageIO.read(image.toFile()), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return tiff;
    }

    /** The pages through the tesseract program, {@code processes} at a time, as a parallel batch would run it. */
    private static void tesseractCli(List<Path> images, int processes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Path image : images) {
                String out = image.toString().replaceFirst("\\.png$", "-cli");
                runs.add(pool.submit(() -> {
                    ExternalTool.run(List.of("tesseract", image.toString(), out, "-l", "swe"), Map.of("OMP_THREAD_LIMIT", "1"));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static List<Figure> repair(BenchConfig config, List<String> seedTexts) throws Exception {
        List<Figure> figures = new ArrayList<>();
        Runtime runtime = Runtime.getRuntime();
        List<Double> startup = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        SwedishLexicon lexicon = null;
        for (int rep = 0; rep < config.repetitions(); rep++) {
            lexicon = null;
            System.gc();
            long before = runtime.totalMemory() - runtime.freeMemory();
            long start = System.nanoTime();
            lexicon = SwedishLexicon.load();
            new SwedishRepairer(lexicon); // the compound filters and the class model, built once per lexicon
            startup.add((System.nanoTime() - start) / 1e9);
            lexicon.spells("hus"); // waits for Hunspell, which loads in the background
            System.gc();
            heap.add((runtime.totalMemory() - runtime.freeMemory() - before) / 1e6);
        }
        figures.add(Figure.of("repair", "language data start-up", "s", startup));
        figures.add(Figure.of("repair", "heap held by the language data", "MB", heap));

        String ocr = ocrSample(config);
        SwedishRepairer repairer = new SwedishRepairer(lexicon);
        repairer.repair(ocr); // fills the per-word caches as a long import would
        int rounds = (int) Math.ceil((config.quick() ? 1.0 : 4.0) * 1e6 / ocr.getBytes(StandardCharsets.UTF_8).length);
        List<Double> warm = new ArrayList<>();
        for (int rep = 0; rep < config.repetitions(); rep++) {
            warm.add(perCore(() -> {
                for (int i = 0; i < rounds; i++) {
                    repairer.repair(ocr);
                }
            }, rounds * (double) ocr.getBytes(StandardCharsets.UTF_8).length));
        }
        figures.add(Figure.of("repair", "repair of OCR text, words seen before", "MB/s per core", warm));
        // New words: each run repairs text damaged afresh with a new repairer, after the lexicon forgot Hunspell's
        // verdicts, so no cache (per-word candidates, Hunspell's verdicts) has seen it. The lexicon stays, as in a long
        // import: a lexicon loaded afresh for each run billed the runs for page faults of a growing heap, and the
        // second of loading between runs let the JIT catch up unseen. The new-word code is large and the JIT takes
        // seconds to finish it (about 200 runs here: from 1.2 to 2.6 MB/s), so the runs are measured only after the
        // warm-up has spent WARM_UP_SECONDS of CPU, as the first minute of a long import would.
        List<Double> newWords = new ArrayList<>();
        double warmUpSeconds = config.quick() ? 3 : WARM_UP_SECONDS;
        int runs = 2 * config.repetitions();
        double spent = 0;
        for (int rep = 0; newWords.size() < runs; rep++) {
            String damaged = freshDamage(seedTexts, config.seed() + 1000 + rep);
            lexicon.forgetVerdicts();
            SwedishRepairer cold = new SwedishRepairer(lexicon);
            double bytes = damaged.getBytes(StandardCharsets.UTF_8).length;
            double rate = perCore(() -> cold.repair(damaged), bytes);
            if (spent >= warmUpSeconds) {
                newWords.add(rate);
            }
            spent += bytes / 1e6 / rate;
        }
        figures.add(new Figure("repair", "repair of OCR-damaged text, words not seen before", "MB/s per core", newWords,
                "fresh caches, JIT warm; every distinct word costs candidate generation once"));
        return figures;
    }

    static List<Figure> entities(BenchConfig config, List<String> seedTexts) {
        EntityExtractor extractor = new EntityExtractor();
        PartialDate date = PartialDate.parse("2020-11-16");
        long bytesPerPass = seedTexts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        int passes = (int) Math.ceil((config.quick() ? 1.0 : 5.0) * 1e6 / bytesPerPass);
        for (String text : seedTexts) {
            extractor.extract(List.of(text.split("\f")), null, date); // warm-up
        }
        List<Double> rates = new ArrayList<>();
        for (int rep = 0; rep < config.repetitions(); rep++) {
            rates.add(perCore(() -> {
                for (int i = 0; i < passes; i++) {
                    for (String text : seedTexts) {
                        extractor.extract(List.of(text.split("\f")), null, date);
                    }
                }
            }, passes * (double) bytesPerPass));
        }
        return List.of(Figure.of("entities", "entity extraction", "MB/s per core", rates));
    }

    /** MB per CPU-second of this thread for {@code work} on {@code bytes} bytes. */
    private static double perCore(Runnable work, double bytes) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        work.run();
        double seconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        return bytes / 1e6 / seconds;
    }

    private static String ocrSample(BenchConfig config) throws IOException {
        try (Stream<Path> files = Files.list(config.samplesDir())) {
            Path ocr = files.filter(p -> p.toString().endsWith(".ocr.txt")).findFirst()
                    .orElseThrow(() -> new IOException("no *.ocr.txt sample in " + config.samplesDir()));
            return Files.readString(ocr, StandardCharsets.UTF_8);
        }
    }

    private static String freshDamage(List<String> seedTexts, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (String text : seedTexts) {
            out.append(SyntheticArchive.damage(text, random)).append("\n\n");
        }
        return out.toString();
    }

    private static List<Double> ratios(List<Double> a, List<Double> b) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            out.add(a.get(i) / b.get(i));
        }
        return out;
    }
}

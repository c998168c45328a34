package org.minutes.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.minutes.index.Archive;
import org.minutes.index.Fields;
import org.minutes.index.ImportOptions;
import org.minutes.index.ImportSummary;
import org.minutes.index.Importer;
import org.minutes.index.search.SearchRequest;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.model.SourceKind;

/**
 * Indexing, scale, search and sync figures on generated archives: the whole text pipeline next to bare Lucene,
 * cost per page and peak heap at two archive sizes, query latency next to a bare TermQuery, a no-change sync.
 */
final class ArchiveBench {

    private static final Importer.Listener QUIET = new Importer.Listener() {
        @Override
        public void started(int files) {
        }

        @Override
        public void finished(org.minutes.pipeline.outcome.FileOutcome outcome) {
        }
    };

    private final BenchConfig config;
    private final SyntheticArchive generator;
    private final Pipeline pipeline = Pipeline.standard();

    ArchiveBench(BenchConfig config, SyntheticArchive generator) {
        this.config = config;
        this.generator = generator;
    }

    List<Figure> indexing() throws Exception {
        int pages = config.indexingPages();
        List<Double> full = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        for (int rep = 0; rep < config.repetitions(); rep++) {
            Path folder = config.workDir().resolve("indexing-" + rep);
            List<String> texts = generator.write(folder, pages, config.seed() + rep);
            double pipelineSeconds = importSeconds(folder, config.workDir().resolve("indexing-archive-" + rep)).seconds();
            long start = System.nanoTime();
            bareLucene(texts, config.workDir().resolve("bare-" + rep));
            double bareSeconds = (System.nanoTime() - start) / 1e9;
            full.add(pages / pipelineSeconds);
            bare.add(pages / bareSeconds);
            ratio.add(bareSeconds / pipelineSeconds);
        }
        return List.of(
                Figure.of("indexing", "text pipeline (ingest+stages+index), " + pages + " pages", "pages/s", full),
                Figure.of("indexing", "bare Lucene, SwedishAnalyzer, same page texts", "pages/s", bare),
                Figure.of("indexing", "pipeline / bare Lucene (same run)", "ratio", ratio));
    }

    private record Timed(double seconds, ImportSummary summary) {
    }

    private Timed importSeconds(Path folder, Path archiveDir) throws IOException {
        long start = System.nanoTime();
        try (Archive archive = Archive.openForWriting(archiveDir)) {
            ImportSummary summary = new Importer(pipeline, archive, ImportOptions.importing()).run(List.of(folder), QUIET);
            return new Timed((System.nanoTime() - start) / 1e9, summary);
        }
    }

    private static void bareLucene(List<String> texts, Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SwedishAnalyzer()).setRAMBufferSizeMB(64))) {
            for (String text : texts) {
                org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                d.add(new TextField("text", text, Field.Store.YES));
                writer.addDocument(d);
            }
            writer.commit();
        }
    }

    /** Import time, cost per page, index size and peak heap at two sizes; returns the larger archive's folder. */
    Path scale(List<Figure> figures) throws Exception {
        Path largest = null;
        for (int pages : config.scalePages()) {
            Path folder = config.workDir().resolve("scale-" + pages);
            generator.write(folder, pages, config.seed());
            Path archiveDir = config.workDir().resolve("archive-" + pages);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            Timed timed = importSeconds(folder, archiveDir);
            double peakMb = peakHeapBytes() / 1e6;
            System.gc();
            double liveMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6;
            figures.add(Figure.of("scale", "import " + pages + " pages", "s", List.of(timed.seconds())));
            figures.add(Figure.of("scale", "import cost per 1,000 pages at " + pages, "s", List.of(timed.seconds() / pages * 1000)));
            figures.add(Figure.of("scale", "index size at " + pages + " pages", "MB", List.of(sizeBytes(archiveDir.resolve("index")) / 1e6)));
            figures.add(Figure.of("scale", "document records at " + pages + " pages", "MB", List.of(sizeBytes(archiveDir.resolve("documents")) / 1e6)));
            figures.add(new Figure("scale", "peak heap of the import at " + pages + " pages", "MB", List.of(peakMb),
                    "the garbage collector lets garbage build up in a large heap; the next figure is what stays"));
            figures.add(Figure.of("scale", "heap in use after the import and a GC at " + pages + " pages", "MB", List.of(liveMb)));
            largest = archiveDir;
        }
        return largest;
    }

    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    static long sizeBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** The queries: a frequent long word, a frequent two-word phrase, and a word with ö typed without it. */
    record Queries(String word, String phrase, String folded) {
        static Queries from(List<String> seedTexts) {
            Map<String, Integer> words = new HashMap<>();
            Map<String, Integer> pairs = new HashMap<>();
            for (String text : seedTexts) {
                String[] tokens = text.toLowerCase().split("[^\\p{L}]+");
                for (int i = 0; i < tokens.length; i++) {
                    if (tokens[i].length() >= 8) {
                        words.merge(tokens[i], 1, Integer::sum);
                    }
                    if (i > 0 && tokens[i].length() >= 4 && tokens[i - 1].length() >= 4) {
                        pairs.merge(tokens[i - 1] + " " + tokens[i], 1, Integer::sum);
                    }
                }
            }
            String word = top(words, w -> true);
            String withO = top(words, w -> w.contains("ö"));
            String folded = Normalizer.normalize(withO, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return new Queries(word, "\"" + top(pairs, p -> true) + "\"", folded);
        }

        private static String top(Map<String, Integer> counts, java.util.function.Predicate<String> filter) {
            return counts.entrySet().stream().filter(e -> filter.test(e.getKey()))
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .findFirst().orElseThrow().getKey();
        }
    }

    List<Figure> search(Path archiveDir, Queries queries, int pages) throws Exception {
        List<Figure> figures = new ArrayList<>();
        int warmup = config.quick() ? 200 : 500;
        int runs = config.quick() ? 300 : 1000;
        try (Archive archive = Archive.openForReading(archiveDir)) {
            Map<String, String> typical = Map.of("word", queries.word(), "phrase", queries.phrase(), "word typed without ö", queries.folded());
            for (String kind : List.of("word", "phrase", "word typed without ö")) {
                String query = typical.get(kind);
                SearchRequest request = SearchRequest.of(query);
                latency(figures, "search " + kind + " (" + query + "), " + pages + " pages", warmup, runs, () -> archive.search(request));
            }
        }
        try (Archive archive = Archive.openForReading(archiveDir)) {
            SearchRequest.Filters filter = new SearchRequest.Filters(List.of(), List.of(), List.of(),
                    PartialDate.parse("2000"), PartialDate.parse("2014"), java.util.Set.of(SourceKind.TEXT));
            SearchRequest filtered = new SearchRequest(queries.word(), 10, 0, filter, SearchRequest.Sort.RELEVANCE, false, false);
            latency(figures, "search word, filtered to 2000–2014 and type text, " + pages + " pages", warmup, runs,
                    () -> archive.search(filtered));
            SearchRequest faceted = new SearchRequest(queries.word(), 10, 0, SearchRequest.Filters.NONE, SearchRequest.Sort.RELEVANCE,
                    false, true);
            latency(figures, "search word with facets (year, body, person, org, kind), " + pages + " pages", warmup, runs,
                    () -> archive.search(faceted));
        }
        try (FSDirectory directory = FSDirectory.open(archiveDir.resolve("index")); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery term = new TermQuery(new Term(Fields.TEXT_EXACT, queries.word()));
            latency(figures, "bare Lucene TermQuery (" + queries.word() + "), same index", warmup, runs, () -> searcher.search(term, 10));
        }
        return figures;
    }

    private void latency(List<Figure> figures, String name, int warmup, int runs, Stopwatch.Work query) throws Exception {
        for (int i = 0; i < warmup; i++) {
            query.run();
        }
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int rep = 0; rep < config.repetitions(); rep++) {
            List<Double> ms = Stopwatch.seconds(runs, query).stream().map(s -> s * 1000).toList();
            p50.add(Figure.percentile(ms, 50));
            p99.add(Figure.percentile(ms, 99));
        }
        figures.add(Figure.of("search", name + " p50", "ms", p50));
        figures.add(Figure.of("search", name + " p99", "ms", p99));
    }

    /** A one-shot {@code minutes search} in a new JVM, as a user types it. */
    Figure coldCli(Path archiveDir, String word) throws Exception {
        if (config.jar() == null) {
            return Figure.missing("search", "cold CLI search (JVM start included)", "not run from the jar");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-jar", config.jar().toString(), "search", word, "--archive", archiveDir.toString());
        return Figure.of("search", "cold CLI search (JVM start included)", "s",
                Stopwatch.seconds(config.repetitions(), () -> ExternalTool.run(command, Map.of())));
    }

    /** A no-change sync over many small files, and search latency while an import writes to the same archive. */
    List<Figure> sync(Queries queries) throws Exception {
        int files = config.syncFiles();
        Path folder = config.workDir().resolve("sync-tree");
        for (int i = 0; i < files; i++) {
            Path dir = folder.resolve(String.valueOf(i % 100));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("anteckning-" + i + ".txt"), "Minnesanteckning " + i + " om " + queries.word() + " och ärendet.");
        }
        Path archiveDir = config.workDir().resolve("sync-archive");
        ImportOptions sync = ImportOptions.syncing();
        try (Archive archive = Archive.openForWriting(archiveDir)) {
            new Importer(pipeline, archive, sync).run(List.of(folder), QUIET);
        }
        List<Double> seconds = Stopwatch.seconds(config.repetitions(), () -> {
            try (Archive archive = Archive.openForWriting(archiveDir)) {
                new Importer(pipeline, archive, sync).run(List.of(folder), QUIET);
            }
        });
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("sync", "no-change sync of " + files + " files", "s", seconds));
        figures.add(slowdownDuringImport(archiveDir, queries));
        return figures;
    }

    private Figure slowdownDuringImport(Path archiveDir, Queries queries) throws Exception {
        Path incoming = config.workDir().resolve("incoming");
        generator.write(incoming, config.quick() ? 3_000 : 10_000, config.seed() + 99);
        SearchRequest request = SearchRequest.of(queries.word());
        List<Double> ratios = new ArrayList<>();
        try (Archive reader = Archive.openForReading(archiveDir)) {
            for (int i = 0; i < 200; i++) {
                reader.search(request);
            }
            double idle = Figure.percentile(Stopwatch.seconds(300, () -> reader.search(request)), 50);
            AtomicBoolean done = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                try (Archive archive = Archive.openForWriting(archiveDir)) {
                    new Importer(pipeline, archive, ImportOptions.importing()).run(List.of(incoming), QUIET);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } finally {
                    done.set(true);
                }
            });
            writer.start();
            List<Double> busy = new ArrayList<>();
            while (!done.get() && busy.size() < 5_000) {
                busy.addAll(Stopwatch.seconds(1, () -> reader.search(request)));
            }
            writer.join(TimeUnit.MINUTES.toMillis(10));
            ratios.add(Figure.percentile(busy, 50) / idle);
        }
        return new Figure("sync", "search p50 while an import writes / idle", "ratio", ratios,
                "one run; the import and the searches share the 2 cores");
    }
}

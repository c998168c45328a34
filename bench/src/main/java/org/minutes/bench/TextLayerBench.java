package org.minutes.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.minutes.pipeline.ingest.Ingestor;

/** Born-digital PDF pages per second through ingestion, next to poppler's pdftotext on the same file. */
final class TextLayerBench {

    private TextLayerBench() {
    }

    static List<Figure> run(BenchConfig config) throws Exception {
        Path pdf = config.workDir().resolve("text-layer.pdf");
        int copies = config.quick() ? 10 : 40;
        PDFMergerUtility merger = new PDFMergerUtility();
        for (int i = 0; i < copies; i++) {
            for (Path sample : Seeds.bornDigitalPdfs(config.samplesDir())) {
                merger.addSource(sample.toFile());
            }
        }
        merger.setDestinationFileName(pdf.toString());
        merger.mergeDocuments(null);
        int pages;
        try (PDDocument merged = Loader.loadPDF(pdf.toFile())) {
            pages = merged.getNumberOfPages();
        }
        Ingestor ingestor = new Ingestor();
        ingestor.read(pdf); // warm-up: class loading and JIT
        List<Double> ours = Stopwatch.rates(pages, Stopwatch.seconds(config.repetitions(), () -> ingestor.read(pdf)));
        List<Figure> figures = new ArrayList<>();
        String name = "PDF text layer, " + pages + "-page file";
        figures.add(Figure.of("textlayer", "ingest " + name, "pages/s", ours));
        if (!ExternalTool.installed("pdftotext")) {
            figures.add(Figure.missing("textlayer", "pdftotext " + name, "pdftotext not installed (Debian: poppler-utils)"));
            return figures;
        }
        List<String> command = List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), config.workDir().resolve("out.txt").toString());
        List<Double> poppler = Stopwatch.rates(pages, Stopwatch.seconds(config.repetitions(), () -> ExternalTool.run(command, Map.of())));
        figures.add(Figure.of("textlayer", "pdftotext " + name, "pages/s", poppler));
        List<Double> ratio = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            ratio.add(ours.get(i) / poppler.get(i));
        }
        figures.add(Figure.of("textlayer", "ingest / pdftotext (same run)", "ratio", ratio));
        return figures;
    }
}

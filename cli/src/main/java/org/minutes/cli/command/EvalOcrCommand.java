package org.minutes.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.JsonLines;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.PipelineSettings;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.ocr.OcrAccuracy;
import org.minutes.pipeline.ocr.OcrOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minutes eval ocr --truth TRUE.txt FILE}: OCRs every page of a file and measures the text against the true
 * text: character error rate and the share of å/ä/ö read correctly, plus pages per second.
 */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = {"OCR every page of FILE (whatever text layer it has) and compare with the true text.",
            "Prints the character error rate (Levenshtein distance over NFC text with whitespace collapsed, per true "
                    + "character), the share of å/ä/ö read correctly, and the speed."})
public final class EvalOcrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption jsonOption;

    @Option(names = "--truth", required = true, paramLabel = "TRUE.txt", description = "The true text of FILE (UTF-8).")
    Path truth;

    @Option(names = "--workers", paramLabel = "N", description = "OCR worker threads (default: one per core).")
    Integer workers;

    @Parameters(index = "0", paramLabel = "FILE", description = "A scanned PDF or page image (TIFF, PNG, JPEG).")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String trueText = Files.readString(truth, StandardCharsets.UTF_8);
        OcrOptions options = OcrOptions.always();
        if (workers != null) {
            options = options.withWorkers(workers);
        }
        Document document;
        long start = System.nanoTime();
        try (Pipeline pipeline = Pipeline.standard(PipelineSettings.defaults().withOcr(options))) {
            document = pipeline.process(file);
        } catch (PipelineException e) {
            spec.commandLine().getErr().println("minutes: " + file + ": " + e.getMessage());
            return ExitCodes.NONE_OR_SOME_FAILED;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // Tesseract's own text (before repair) is what this measures; the repaired text is measured beside it.
        String ocrText = document.pages().stream().map(org.minutes.pipeline.model.Page::originalText)
                .collect(java.util.stream.Collectors.joining("\n\n"));
        OcrAccuracy.Result result = OcrAccuracy.measure(trueText, ocrText);
        OcrAccuracy.Result repaired = OcrAccuracy.measure(trueText, document.fullText());
        int pages = document.pages().size();
        if (jsonOption.enabled()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("source", file.toString());
            json.put("cer", result.cer());
            json.put("distance", result.distance());
            json.put("truthLength", result.truthLength());
            json.put("diacritics", result.diacritics());
            json.put("diacriticsCorrect", result.diacriticsCorrect());
            json.put("repairedCer", repaired.cer());
            json.put("repairedDiacriticsCorrect", repaired.diacriticsCorrect());
            json.put("pages", pages);
            json.put("seconds", seconds);
            json.put("workers", options.workers());
            json.put("problems", document.problems());
            JsonLines.write(out, json);
        } else {
            out.println(file + ": " + result.summary());
            out.println("after repair: " + repaired.summary());
            out.println(String.format(Locale.ROOT, "%d pages in %.1f s with %d workers (%.2f pages/s, including start-up)",
                    pages, seconds, options.workers(), pages / seconds));
            document.problems().forEach(p -> out.println("problem: " + (p.page() == null ? "" : "page " + p.page() + ": ") + p.message()));
        }
        out.flush();
        return document.problems().isEmpty() ? ExitCodes.OK : ExitCodes.NONE_OR_SOME_FAILED;
    }
}

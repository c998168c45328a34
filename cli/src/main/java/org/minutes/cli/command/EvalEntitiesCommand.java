package org.minutes.cli.command;

import org.minutes.cli.option.LearnedWordsOption;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.JsonLines;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.PipelineSettings;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.extract.EntityEvaluation;
import org.minutes.pipeline.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minutes eval entities --gold GOLD.json FILE}: runs the pipeline on a file and scores the people,
 * organisations and dates it finds against a hand-written gold file.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Score extracted people, organisations and dates against a gold file.",
            "GOLD.json: {\"persons\": [...], \"organisations\": [...], \"dates\": [\"2020-11-16\", ...]}.",
            "Names match case-insensitively after Unicode NFC; an organisation also matches by an alias; no partial credit."})
public final class EvalEntitiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LearnedWordsOption learned;

    @Mixin
    JsonOption jsonOption;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The gold file for FILE.")
    Path gold;

    @Option(names = "--fold-diacritics",
            description = "Let å/ä/ö/é match a/a/o/e (for OCR text that lost them, before repair).")
    boolean foldDiacritics;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to extract from.")
    Path file;

    @Override
    public Integer call() throws IOException, PipelineException {
        EntityEvaluation.Gold goldFile;
        try {
            goldFile = EntityEvaluation.Gold.read(gold);
        } catch (IOException e) {
            throw new IOException("cannot read gold file " + gold + ": " + e.getMessage(), e);
        }
        Document document;
        try (Pipeline pipeline = Pipeline.standard(learned.apply(PipelineSettings.defaults()))) {
            document = pipeline.process(file);
        }
        EntityEvaluation.Report report = EntityEvaluation.evaluate(goldFile, document, foldDiacritics);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, EntityEvaluation.Score> rows = new LinkedHashMap<>();
        rows.put("persons", report.persons());
        rows.put("organisations", report.organisations());
        rows.put("dates", report.dates());
        if (jsonOption.enabled()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("source", file.toString());
            json.put("gold", gold.toString());
            rows.forEach((type, score) -> json.put(type, row(score)));
            JsonLines.write(out, json);
        } else {
            out.printf(Locale.ROOT, "%-14s %5s %5s %7s %9s %6s %6s%n", "type", "gold", "found", "correct", "precision", "recall", "F1");
            rows.forEach((type, s) -> out.printf(Locale.ROOT, "%-14s %5d %5d %7d %9.3f %6.3f %6.3f%n", type, s.gold(), s.found(),
                    s.correct(), s.precision(), s.recall(), s.f1()));
            rows.forEach((type, s) -> {
                print(out, type + " missed:   ", s.missed());
                print(out, type + " spurious: ", s.spurious());
            });
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(EntityEvaluation.Score s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gold", s.gold());
        json.put("found", s.found());
        json.put("correct", s.correct());
        json.put("precision", s.precision());
        json.put("recall", s.recall());
        json.put("f1", s.f1());
        json.put("missed", s.missed());
        json.put("spurious", s.spurious());
        return json;
    }

    private static void print(PrintWriter out, String label, List<String> names) {
        if (!names.isEmpty()) {
            out.println(label + String.join("; ", names));
        }
    }
}

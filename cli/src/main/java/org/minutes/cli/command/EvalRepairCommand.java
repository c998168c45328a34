package org.minutes.cli.command;

import org.minutes.cli.option.LearnedWordsOption;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.JsonLines;
import org.minutes.pipeline.repair.RepairEvaluation;
import org.minutes.pipeline.repair.RepairResult;
import org.minutes.pipeline.repair.SwedishRepairer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes eval repair --truth TRUE.txt --ocr OCR.txt}: measures repair on a text whose truth is known. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Measure OCR repair: repairs OCR.txt, aligns its words with TRUE.txt and prints",
            "OCR word accuracy, repaired word accuracy, the share of damaged words fixed and the correct words broken."})
public final class EvalRepairCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LearnedWordsOption learned;

    @Mixin
    JsonOption jsonOption;

    @Option(names = "--truth", required = true, paramLabel = "TRUE.txt", description = "The true text.")
    Path truth;

    @Option(names = "--ocr", required = true, paramLabel = "OCR.txt", description = "The OCR text of the same document.")
    Path ocr;

    @Option(names = "--misses", description = "Also list each damaged word left wrong and each correct word broken.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        String truthText = RepairCommand.decode(Files.readAllBytes(truth));
        String ocrText = RepairCommand.decode(Files.readAllBytes(ocr));
        RepairResult repaired = learned.repairer().repair(ocrText);
        RepairEvaluation.Figures f = RepairEvaluation.evaluate(truthText, ocrText, repaired.text());
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.enabled()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("truthWords", f.truthWords());
            m.put("alignedWords", f.aligned());
            m.put("ocrWordAccuracy", f.ocrAccuracy());
            m.put("repairedWordAccuracy", f.repairedAccuracy());
            m.put("damagedWords", f.damaged());
            m.put("fixedWords", f.fixed());
            m.put("fixedShare", f.fixedShare());
            m.put("correctWords", f.ocrCorrect());
            m.put("brokenWords", f.broken());
            m.put("brokenShare", f.brokenShare());
            m.put("edits", repaired.edits().size());
            if (misses) {
                m.put("misses", f.misses());
            }
            JsonLines.write(out, m);
        } else {
            out.printf("aligned words          %d of %d true words%n", f.aligned(), f.truthWords());
            out.printf("OCR word accuracy      %.2f%% (%d)%n", 100 * f.ocrAccuracy(), f.ocrCorrect());
            out.printf("repaired word accuracy %.2f%% (%d)%n", 100 * f.repairedAccuracy(), f.repairedCorrect());
            out.printf("damaged words fixed    %.2f%% (%d of %d)%n", 100 * f.fixedShare(), f.fixed(), f.damaged());
            out.printf("correct words broken   %.2f%% (%d of %d)%n", 100 * f.brokenShare(), f.broken(), f.ocrCorrect());
            if (misses) {
                for (RepairEvaluation.Miss miss : f.misses()) {
                    out.printf("%s\t%s\t%s\t%s%n", miss.broken() ? "broken" : "missed", miss.truth(), miss.ocr(),
                            miss.repaired());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.minutes.pipeline.repair.RepairEvaluation;
import org.minutes.pipeline.repair.SwedishRepairer;

/**
 * Scores repair on every pair {@code NAME.txt} / {@code NAME.ocr.txt} in the given directories: OCR word accuracy,
 * repaired word accuracy, damaged words fixed, correct words broken, and (with {@code --misses}) each miss.
 *
 * <p>Usage: {@code java -cp CLASSPATH scripts/repair/EvalPairs.java [--misses] DIR...}
 */
public final class EvalPairs {
    public static void main(String[] args) throws Exception {
        boolean misses = List.of(args).contains("--misses");
        SwedishRepairer repairer = SwedishRepairer.shared();
        int damaged = 0;
        int fixed = 0;
        int broken = 0;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                continue;
            }
            List<Path> truths;
            try (Stream<Path> files = Files.list(Path.of(arg))) {
                truths = files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".ocr.txt"))
                        .sorted().toList();
            }
            for (Path truthFile : truths) {
                Path ocrFile = Path.of(truthFile.toString().replaceFirst("\\.txt$", ".ocr.txt"));
                if (!Files.exists(ocrFile)) {
                    continue;
                }
                String truth = Files.readString(truthFile, StandardCharsets.UTF_8);
                String ocr = Files.readString(ocrFile, StandardCharsets.UTF_8);
                RepairEvaluation.Figures f = RepairEvaluation.evaluate(truth, ocr, repairer.repair(ocr).text());
                System.out.printf("%-45s ocr %.2f%% repaired %.2f%% fixed %.2f%% (%d/%d) broken %d%n",
                        truthFile.getFileName(), 100 * f.ocrAccuracy(), 100 * f.repairedAccuracy(),
                        100 * f.fixedShare(), f.fixed(), f.damaged(), f.broken());
                damaged += f.damaged();
                fixed += f.fixed();
                broken += f.broken();
                if (misses) {
                    for (RepairEvaluation.Miss m : f.misses()) {
                        System.out.printf("   %s %s | ocr %s | repaired %s%n", m.broken() ? "BROKEN" : "miss  ",
                                m.truth(), m.ocr(), m.repaired());
                    }
                }
            }
        }
        System.out.printf("TOTAL fixed %.2f%% (%d/%d) broken %d%n", 100.0 * fixed / damaged, fixed, damaged, broken);
    }
}

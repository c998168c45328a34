import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minutes.pipeline.lexicon.SwedishLexicon;
import org.minutes.pipeline.repair.SwedishRepairer;

/**
 * Measures OCR repair by hand: language-data start-up, heap held by the language data, and repair throughput on
 * one core over an OCR text repeated to about {@code MB} megabytes.
 *
 * <p>Usage: {@code java -Xmx300m -XX:ActiveProcessorCount=1 -cp CLASSPATH scripts/repair/RepairBench.java OCR.txt [MB
 * [FRESH.txt]]}. With FRESH.txt, also measures one pass over a text whose words the caches have not seen yet (after
 * the JIT has warmed up on OCR.txt): the speed an archive import gets on new words.
 */
public final class RepairBench {
    public static void main(String[] args) throws Exception {
        String ocr = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        double mb = args.length > 1 ? Double.parseDouble(args[1]) : 4;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        SwedishLexicon lexicon = SwedishLexicon.load();
        long t1 = System.nanoTime();
        lexicon.spells("hus");
        long t1h = System.nanoTime();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("start-up %.2f s (Hunspell, loading meanwhile on a second thread, ready after %.2f s),"
                + " heap for language data %.0f MB%n", (t1 - t0) / 1e9, (t1h - t0) / 1e9, (after - before) / 1e6);
        SwedishRepairer repairer = new SwedishRepairer(lexicon);
        long t2 = System.nanoTime();
        repairer.repair(ocr);
        long t3 = System.nanoTime();
        int bytes = ocr.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("first pass (cold caches) %.2f MB/s%n", bytes / 1e6 / ((t3 - t2) / 1e9));
        int rounds = (int) Math.ceil(mb * 1e6 / bytes);
        long t4 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            repairer.repair(ocr);
        }
        long t5 = System.nanoTime();
        System.out.printf("%d repairs, %.1f MB: %.2f MB/s on one thread%n", rounds, rounds * bytes / 1e6,
                rounds * bytes / 1e6 / ((t5 - t4) / 1e9));
        if (args.length > 2) {
            String fresh = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
            long t6 = System.nanoTime();
            repairer.repair(fresh);
            long t7 = System.nanoTime();
            System.out.printf("new words (warm JIT, %s): %.2f MB/s%n", Path.of(args[2]).getFileName(),
                    fresh.getBytes(StandardCharsets.UTF_8).length / 1e6 / ((t7 - t6) / 1e9));
        }
    }
}

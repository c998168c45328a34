import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes a repair test from Swedish HTML that no figure was tuned on: paragraphs of running prose (at least 12 words,
 * most of them plain words, ending a sentence, with å, ä or ö) are drawn at random, and the "OCR" copy has every å,
 * ä, ö stripped as an English-model OCR strips them. Score with {@code ./minutes eval repair --truth TRUTH --ocr OCR}.
 *
 * <p>Used in docs/repair.md on the Swedish manuals of {@code gimp-help-sv}, {@code debian-edu-doc-legacy-sv} and
 * {@code lifelines-doc-sv}, which the shipped counts do not hold:
 *
 * <pre>
 * mkdir -p /tmp/heldout && cd /tmp/heldout
 * apt-get download gimp-help-sv debian-edu-doc-legacy-sv lifelines-doc-sv
 * for d in *.deb; do dpkg-deb -x $d root; done
 * cd - && java -cp $(cat /tmp/cp.txt) scripts/repair/MakeStrippedText.java /tmp/heldout/truth.txt \
 *     /tmp/heldout/ocr.txt 600 7 /tmp/heldout/root/usr/share/gimp/2.0/help/sv \
 *     /tmp/heldout/root/usr/share/doc/debian-edu-doc-legacy-sv /tmp/heldout/root/usr/share/doc/lifelines-doc-sv
 * </pre>
 *
 * (class path as in docs/repair.md: jsoup comes with the pipeline's dependencies).
 *
 * <p>Usage: {@code MakeStrippedText TRUTH_OUT OCR_OUT PARAGRAPHS SEED DIR...}
 */
public class MakeStrippedText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+[.,]?");
    private static final Pattern DIACRITIC = Pattern.compile("[åäöÅÄÖ]");

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: MakeStrippedText TRUTH_OUT OCR_OUT PARAGRAPHS SEED DIR...");
            System.exit(2);
        }
        int wanted = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        List<Path> files = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
            }
        }
        Set<String> paragraphs = new LinkedHashSet<>();
        for (Path file : files) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            doc.select("script, style, pre, code, tt, kbd").remove();
            for (Element e : doc.select("p, li, dd, td, h1, h2, h3")) {
                if (e.select("p, li, dd, td, h1, h2, h3").size() > 1) {
                    continue; // the innermost blocks only (select counts the element itself)
                }
                String text = String.join(" ", e.text().split("\\s+")).strip();
                if (prose(text)) {
                    paragraphs.add(text);
                }
            }
        }
        List<String> pool = new ArrayList<>(paragraphs);
        Collections.shuffle(pool, new Random(seed));
        List<String> chosen = pool.subList(0, Math.min(wanted, pool.size()));
        String truth = String.join("\n\n", chosen) + "\n";
        String stripped = truth.replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replace('Å', 'A').replace('Ä', 'A').replace('Ö', 'O');
        Files.writeString(Path.of(args[0]), truth, StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1]), stripped, StandardCharsets.UTF_8);
        long words = chosen.stream().mapToLong(p -> p.split(" ").length).sum();
        System.out.printf("%d of %d paragraphs from %d files, %d words%n", chosen.size(), pool.size(), files.size(),
                words);
    }

    private static boolean prose(String text) {
        String[] words = text.split(" ");
        if (words.length < 12 || !DIACRITIC.matcher(text).find() || ".!?".indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        int plain = 0;
        for (String w : words) {
            if (WORD.matcher(w).matches()) {
                plain++;
            }
        }
        return plain > 0.8 * words.length;
    }
}

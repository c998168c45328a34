package org.minutes.pipeline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and word pairs learned from trustworthy text of the archive itself (born-digital text layers), so that names
 * and local terms printed correctly in one document repair their damaged twins in another.
 *
 * <p>What is stored: for each lower-case word its count, and for each pair of adjacent words its count, with numbers
 * as {@code <num>} and sentence boundaries as {@code <s>} — the same form as the corpus counts. Words are kept with
 * their first letter's case folded, so a name seen as {@code Pålsson} is learned as {@code pålsson}.
 *
 * <p>Deterministic: counts are sums, which do not depend on the order documents are added in, and {@link #save}
 * writes them sorted by kind and then by text (UTF-16 order), so the same documents give the same file bytes
 * whichever order or thread added them. The file is written to a temporary name and moved into place, so a crash
 * never leaves half a file.
 *
 * <p>Thread-safe: {@link #add} may be called from several import workers at once.
 */
public final class ArchiveLexicon {

    /** The file name inside an archive folder. */
    public static final String FILE_NAME = "lexicon.tsv";

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:[-']\\p{L}+)*|\\d+(?:[.,:]\\d+)*|[.!?]+|\\n\\s*\\n");

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> pairs = new HashMap<>();

    /** An empty lexicon. */
    public ArchiveLexicon() {
    }

    /**
     * Reads the lexicon stored in {@code archiveDir}, or returns an empty one when there is none yet.
     *
     * @throws IOException when the file exists but cannot be read or is malformed
     */
    public static ArchiveLexicon load(Path archiveDir) throws IOException {
        ArchiveLexicon lexicon = new ArchiveLexicon();
        Path file = archiveDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                WordCounts counts = WordCounts.read(reader);
                lexicon.words.putAll(counts.wordMap());
                lexicon.pairs.putAll(counts.pairMap());
            }
        }
        return lexicon;
    }

    /** Counts the words and pairs of {@code trustworthyText}; call it only for text that was not OCR'd. */
    public synchronized void add(String trustworthyText) {
        Matcher m = TOKEN.matcher(trustworthyText);
        String previous = WordCounts.BOUNDARY;
        while (m.find()) {
            String token = m.group();
            String word;
            char first = token.charAt(0);
            if (Character.isDigit(first)) {
                word = WordCounts.NUMBER;
            } else if (!Character.isLetter(first)) {
                word = WordCounts.BOUNDARY;
            } else {
                word = token.toLowerCase(Locale.ROOT);
            }
            if (!word.equals(WordCounts.BOUNDARY)) {
                words.merge(word, 1, Integer::sum);
            }
            if (!(previous.equals(WordCounts.BOUNDARY) && word.equals(WordCounts.BOUNDARY))) {
                pairs.merge(previous + " " + word, 1, Integer::sum);
            }
            previous = word;
        }
        if (!previous.equals(WordCounts.BOUNDARY)) {
            pairs.merge(previous + " " + WordCounts.BOUNDARY, 1, Integer::sum);
        }
    }

    /** A snapshot of the counts, to give to {@link SwedishLexicon#withArchive(WordCounts)}. */
    public synchronized WordCounts counts() {
        return new WordCounts(words, pairs);
    }

    /** How often {@code lower} was seen. */
    public synchronized int count(String lower) {
        return words.getOrDefault(lower, 0);
    }

    /** Writes the counts, sorted, to {@code archiveDir}/{@value #FILE_NAME}, replacing the old file at once. */
    public synchronized void save(Path archiveDir) throws IOException {
        Files.createDirectories(archiveDir);
        Path file = archiveDir.resolve(FILE_NAME);
        Path temporary = archiveDir.resolve(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write("# minutes archive lexicon: 1<TAB>word<TAB>count, 2<TAB>left right<TAB>count\n");
            for (Map.Entry<String, Integer> e : new TreeMap<>(words).entrySet()) {
                out.write("1\t" + e.getKey() + "\t" + e.getValue() + "\n");
            }
            for (Map.Entry<String, Integer> e : new TreeMap<>(pairs).entrySet()) {
                out.write("2\t" + e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package org.minutes.pipeline.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minutes.pipeline.lexicon.AttestedWords;

/**
 * Swedish word lists shipped as resources, loaded once on first use.
 *
 * <p>Known forms: the word list of Tesseract's {@code swe} model, shared with repair ({@link AttestedWords}).
 * {@code swedish-stop.txt}: the Snowball Swedish stop words as shipped in Lucene (BSD). Immutable and thread-safe.
 */
final class SwedishWords {

    private static final SwedishWords INSTANCE = new SwedishWords();

    private final AttestedWords lexicon;
    private final Set<String> stopWords;
    private final Map<String, String> foldedStopWords;

    private SwedishWords() {
        lexicon = AttestedWords.shared();
        stopWords = Set.copyOf(readWords("swedish-stop.txt"));
        Map<String, String> folded = new HashMap<>();
        for (String word : stopWords) {
            String f = fold(word);
            // "var"/"vår": when the folded form is itself a stop word, seeing it says nothing about lost diacritics.
            if (!f.equals(word) && !stopWords.contains(f)) {
                folded.put(f, word);
            }
        }
        foldedStopWords = Map.copyOf(folded);
    }

    static SwedishWords get() {
        return INSTANCE;
    }

    /** True when {@code lowercaseWord} is a known Swedish word form. */
    boolean isKnown(String lowercaseWord) {
        return lexicon.contains(lowercaseWord);
    }

    /** True for the commonest Swedish words: och, att, det, som, på, är… */
    boolean isStopWord(String lowercaseWord) {
        return stopWords.contains(lowercaseWord);
    }

    /** True for a stop word that has å, ä or ö (för, på, är, när, från…). */
    boolean isStopWordWithDiacritics(String lowercaseWord) {
        return stopWords.contains(lowercaseWord) && !fold(lowercaseWord).equals(lowercaseWord);
    }

    /**
     * True when {@code lowercaseWord} is a stop word with its å/ä/ö stripped, such as {@code for}, {@code pa},
     * {@code ar}, {@code nar}: what OCR without a Swedish model makes of them.
     */
    boolean isStrippedStopWord(String lowercaseWord) {
        return foldedStopWords.containsKey(lowercaseWord);
    }

    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    private static Set<String> readWords(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream raw = SwedishWords.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("resource missing from the build: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                // Comments run from '|' to the end of the line in the Snowball list.
                int bar = line.indexOf('|');
                String word = (bar >= 0 ? line.substring(0, bar) : line).strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return words;
    }
}

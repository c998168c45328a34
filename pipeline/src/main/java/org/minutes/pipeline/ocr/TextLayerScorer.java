package org.minutes.pipeline.ocr;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges whether a page's text is good Swedish or the kind of text an old OCR without a Swedish model left
 * behind: å/ä/ö stripped from the commonest words ({@code for}, {@code pa}, {@code ar}) or turned into digits and
 * symbols ({@code 6ver}, {@code &r}), and words no dictionary knows.
 *
 * <p>The same {@linkplain TextQuality#score() score} compares an old text layer with new OCR. Pure and
 * thread-safe; the word lists are loaded once.
 */
public final class TextLayerScorer {

    /** Below this many words a page says too little to be judged: it counts as good. */
    static final int MIN_WORDS = 20;
    /** Swedish prose has 35–50% stop words; English or a table of names has under 5%. */
    static final double MIN_STOP_SHARE = 0.15;
    /** Good Swedish text writes nearly every för/på/är with its diacritic; old English-model OCR almost none. */
    static final double MAX_STRIPPED_SHARE = 0.3;
    static final int MIN_STRIPPED = 3;
    /** Below this score (known words less damage) the text is garbage whatever the language. */
    static final double MIN_SCORE = 0.5;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** A digit or symbol standing in for a letter: 6ver, h6gt, |6sningar, &r, n@r. */
    private static final Pattern GARBLED = Pattern.compile(
            "\\d\\p{Ll}{2,}|\\p{Ll}\\d+\\p{Ll}|[|&@$]\\p{L}|\\p{Ll}[|&@$]");

    private final SwedishWords words = SwedishWords.get();

    /** Assesses {@code text}; never throws, whatever the text. */
    public TextQuality assess(String text) {
        int count = 0;
        int known = 0;
        int stop = 0;
        int withDiacritics = 0;
        int stripped = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            count++;
            if (words.isStrippedStopWord(word)) {
                stripped++;
            } else if (words.isKnown(word)) {
                known++;
            }
            if (words.isStopWord(word)) {
                stop++;
                if (words.isStopWordWithDiacritics(word)) {
                    withDiacritics++;
                }
            }
        }
        int garbled = 0;
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            if (GARBLED.matcher(t.group()).find()) {
                garbled++;
            }
        }
        if (count == 0) {
            return new TextQuality(0, 0, false, 0, garbled, false, "no words");
        }
        double score = Math.max(0, (known - garbled) / (double) count);
        // A stripped "for" or "pa" is also a sign the text is Swedish: it stands for a stop word.
        boolean swedish = (stop + stripped) / (double) count >= MIN_STOP_SHARE;
        double strippedShare = stripped + withDiacritics == 0 ? 0 : stripped / (double) (stripped + withDiacritics);
        String figures = String.format(Locale.ROOT, "%d words, score %.2f, %.0f%% of för/på/är-type words without å/ä/ö, %d garbled",
                count, score, 100 * strippedShare, garbled);
        if (count < MIN_WORDS) {
            return new TextQuality(count, score, swedish, strippedShare, garbled, false, "too short to judge: " + figures);
        }
        if (swedish && stripped >= MIN_STRIPPED && strippedShare > MAX_STRIPPED_SHARE) {
            return new TextQuality(count, score, true, strippedShare, garbled, true, "looks like OCR without Swedish: " + figures);
        }
        if (score < MIN_SCORE) {
            return new TextQuality(count, score, swedish, strippedShare, garbled, true, "looks like garbage: " + figures);
        }
        return new TextQuality(count, score, swedish, strippedShare, garbled, false, "looks good: " + figures);
    }
}

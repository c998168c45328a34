package org.minutes.pipeline.ocr;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Measures OCR text against a true text: the character error rate and the share of å, ä and ö read correctly.
 *
 * <p>Both texts are put in NFC with runs of whitespace collapsed to one space and the ends trimmed, so line breaks
 * and layout do not count. The character error rate is the Levenshtein distance (insertions, deletions and
 * substitutions of code points, each costing 1) divided by the true text's length. The å/ä/ö figure aligns the two
 * texts along one cheapest edit path and counts the true text's å, ä, ö (either case) that meet the same letter.
 * Pure and thread-safe.
 */
public final class OcrAccuracy {

    /**
     * The result of one measurement.
     *
     * @param distance edits from the true text to the OCR text
     * @param truthLength code points in the (normalized) true text
     * @param diacritics å, ä, ö in the true text
     * @param diacriticsCorrect of those, how many the OCR text has in the same place
     */
    public record Result(int distance, int truthLength, int diacritics, int diacriticsCorrect) {

        /** Character error rate: edits per true character (0 when both texts are empty). */
        public double cer() {
            return truthLength == 0 ? (distance == 0 ? 0 : 1) : distance / (double) truthLength;
        }

        /** Share of å/ä/ö read correctly (1 when the true text has none). */
        public double diacriticAccuracy() {
            return diacritics == 0 ? 1 : diacriticsCorrect / (double) diacritics;
        }

        /** One line: {@code CER 1.23% (45 edits / 3650 chars), å/ä/ö 98.50% correct (197/200)}. */
        public String summary() {
            return String.format(Locale.ROOT, "CER %.2f%% (%d edits / %d chars), å/ä/ö %.2f%% correct (%d/%d)",
                    100 * cer(), distance, truthLength, 100 * diacriticAccuracy(), diacriticsCorrect, diacritics);
        }
    }

    private OcrAccuracy() {
    }

    /** Measures {@code ocr} against {@code truth}. */
    public static Result measure(String truth, String ocr) {
        int[] a = normalize(truth).codePoints().toArray();
        int[] b = normalize(ocr).codePoints().toArray();
        // Banded alignment: a cheapest path with d edits stays within d of the diagonal, so a band of width w
        // that yields a distance <= w has found the true optimum; otherwise double w. Memory is O(n * w).
        int band = Math.max(64, Math.abs(a.length - b.length));
        while (true) {
            Result result = align(a, b, band);
            if (result != null) {
                return result;
            }
            band *= 2;
        }
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** The alignment within {@code band} of the diagonal, or null when the band may be too narrow. */
    private static Result align(int[] a, int[] b, int band) {
        int n = a.length;
        int m = b.length;
        int width = 2 * band + 1;
        final byte diag = 0;
        final byte up = 1; // a[i-1] deleted
        final byte left = 2; // b[j-1] inserted
        byte[] moves = new byte[(n + 1) * width];
        int inf = Integer.MAX_VALUE / 2;
        int[] prev = new int[width];
        int[] cur = new int[width];
        // Cell (i, j) lives at column j - i + band of row i.
        for (int k = 0; k < width; k++) {
            int j = k - band;
            prev[k] = j >= 0 && j <= m ? j : inf;
            moves[k] = left;
        }
        for (int i = 1; i <= n; i++) {
            for (int k = 0; k < width; k++) {
                int j = i + k - band;
                if (j < 0 || j > m) {
                    cur[k] = inf;
                    continue;
                }
                if (j == 0) {
                    cur[k] = i;
                    moves[i * width + k] = up;
                    continue;
                }
                // (i-1, j-1) is column k of the previous row; (i-1, j) is k+1; (i, j-1) is k-1 of this row.
                int best = prev[k] + (a[i - 1] == b[j - 1] ? 0 : 1);
                byte move = diag;
                if (k + 1 < width && prev[k + 1] + 1 < best) {
                    best = prev[k + 1] + 1;
                    move = up;
                }
                if (k > 0 && cur[k - 1] + 1 < best) {
                    best = cur[k - 1] + 1;
                    move = left;
                }
                cur[k] = best;
                moves[i * width + k] = move;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        int distance = prev[m - n + band];
        if (distance > band) {
            return null;
        }
        int diacritics = 0;
        int correct = 0;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            byte move = moves[i * width + (j - i + band)];
            if (i > 0 && j > 0 && move == diag) {
                if (isDiacritic(a[i - 1])) {
                    diacritics++;
                    if (a[i - 1] == b[j - 1]) {
                        correct++;
                    }
                }
                i--;
                j--;
            } else if (i > 0 && (move == up || j == 0)) {
                if (isDiacritic(a[i - 1])) {
                    diacritics++;
                }
                i--;
            } else {
                j--;
            }
        }
        return new Result(distance, n, diacritics, correct);
    }

    private static boolean isDiacritic(int c) {
        return "åäöÅÄÖ".indexOf(c) >= 0;
    }
}

package org.minutes.pipeline.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures a repair against the truth: the words of the true text are aligned with the words of the OCR text (by
 * edit distance over whitespace-separated words, so words OCR added or lost are insertions and deletions), and
 * each aligned pair is compared before and after repair.
 *
 * <p>Pure and thread-safe.
 */
public final class RepairEvaluation {

    /** The alignment looks at most this far off the diagonal (in words) beyond the difference in length. */
    static final int BAND = 300;

    private RepairEvaluation() {
    }

    /**
     * The figures for one text.
     *
     * @param truthWords words in the true text
     * @param aligned true words aligned with an OCR word
     * @param ocrCorrect aligned pairs where OCR printed the true word
     * @param repairedCorrect aligned pairs where the repaired word is the true word
     * @param damaged aligned pairs where OCR's word was wrong
     * @param fixed damaged pairs that repair made right
     * @param broken pairs where OCR was right and repair made it wrong
     * @param misses the damaged words left wrong and the broken words, for reading
     */
    public record Figures(int truthWords, int aligned, int ocrCorrect, int repairedCorrect, int damaged, int fixed,
            int broken, List<Miss> misses) {

        public double ocrAccuracy() {
            return share(ocrCorrect, aligned);
        }

        public double repairedAccuracy() {
            return share(repairedCorrect, aligned);
        }

        /** The share of damaged words that repair fixed. */
        public double fixedShare() {
            return share(fixed, damaged);
        }

        /** Broken words as a share of the words OCR had right. */
        public double brokenShare() {
            return share(broken, ocrCorrect);
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    /** One word repair got wrong: {@code broken} when OCR had it right. */
    public record Miss(String truth, String ocr, String repaired, boolean broken) {
    }

    /**
     * Evaluates {@code repaired} (the repair of {@code ocr}) against {@code truth}.
     */
    public static Figures evaluate(String truth, String ocr, String repaired) {
        String[] t = words(truth);
        String[] o = words(ocr);
        String[] r = words(repaired);
        int[] ocrToRepaired = o.length == r.length ? identity(o.length) : align(o, r);
        int[] truthToOcr = align(t, o);
        int aligned = 0;
        int ocrCorrect = 0;
        int repairedCorrect = 0;
        int damaged = 0;
        int fixed = 0;
        int broken = 0;
        List<Miss> misses = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            int j = truthToOcr[i];
            if (j < 0) {
                continue;
            }
            aligned++;
            int k = ocrToRepaired[j];
            String rep = k < 0 ? "" : r[k];
            boolean ocrRight = t[i].equals(o[j]);
            boolean repRight = t[i].equals(rep);
            if (ocrRight) {
                ocrCorrect++;
                if (!repRight) {
                    broken++;
                    misses.add(new Miss(t[i], o[j], rep, true));
                }
            } else {
                damaged++;
                if (repRight) {
                    fixed++;
                } else {
                    misses.add(new Miss(t[i], o[j], rep, false));
                }
            }
            if (repRight) {
                repairedCorrect++;
            }
        }
        return new Figures(t.length, aligned, ocrCorrect, repairedCorrect, damaged, fixed, broken, misses);
    }

    static String[] words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }

    private static int[] identity(int n) {
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = i;
        }
        return map;
    }

    /**
     * Aligns {@code a} with {@code b} by edit distance (a word substituted costs its normalised character distance,
     * so a damaged word pairs with its twin rather than with a neighbour); returns for each word of {@code a} the
     * index of its partner in {@code b}, or -1.
     */
    static int[] align(String[] a, String[] b) {
        int n = a.length;
        int m = b.length;
        int band = Math.abs(n - m) + BAND;
        double inf = Double.POSITIVE_INFINITY;
        double[][] cost = new double[n + 1][];
        byte[][] move = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            cost[i] = new double[m + 1];
            move[i] = new byte[m + 1];
            java.util.Arrays.fill(cost[i], inf);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            int from = Math.max(0, i - band);
            int to = Math.min(m, i + band);
            for (int j = from; j <= to; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = inf;
                byte how = 0;
                if (i > 0 && j > 0 && cost[i - 1][j - 1] < inf) {
                    double c = cost[i - 1][j - 1] + distance(a[i - 1], b[j - 1]);
                    if (c < best) {
                        best = c;
                        how = 1;
                    }
                }
                if (i > 0 && cost[i - 1][j] + 1 < best) {
                    best = cost[i - 1][j] + 1;
                    how = 2;
                }
                if (j > 0 && cost[i][j - 1] + 1 < best) {
                    best = cost[i][j - 1] + 1;
                    how = 3;
                }
                cost[i][j] = best;
                move[i][j] = how;
            }
        }
        int[] map = new int[n];
        java.util.Arrays.fill(map, -1);
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            byte how = move[i][j];
            if (how == 1) {
                map[i - 1] = j - 1;
                i--;
                j--;
            } else if (how == 2) {
                i--;
            } else {
                j--;
            }
        }
        return map;
    }

    /** 0 for equal words, else the character edit distance over the longer length, at most 1. */
    static double distance(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int sub = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        // Below 1, so that a substitution is always cheaper than a deletion plus an insertion.
        return 0.99 * prev[y.length()] / Math.max(x.length(), y.length());
    }
}

package org.minutes.index.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures of texts, so that two copies of the same minutes — a born-digital file and its scan, even with
 * residual OCR damage — can be recognised as near-duplicates without comparing every pair of documents.
 *
 * <p>The shingles are pairs of adjacent words, lower-cased with diacritics folded away (so {@code förvaltningen}
 * and an OCR {@code forvaltningen} agree). Pure and thread-safe; signatures are deterministic.
 */
public final class MinHash {

    /** Hash functions per signature. */
    public static final int SIZE = 64;
    /** Locality-sensitive hashing: bands of {@link #ROWS} values; two texts sharing any band are compared. */
    public static final int ROWS = 2;

    private MinHash() {
    }

    public static int[] signature(String text) {
        Set<Long> shingles = shingles(text);
        int[] signature = new int[SIZE];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(shingle + 0x9E3779B97F4A7C15L * (i + 1)) >>> 33);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets: the share of equal signature values. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The band keys of a signature, for finding candidates. */
    public static List<String> bands(int[] signature) {
        List<String> bands = new ArrayList<>(SIZE / ROWS);
        for (int b = 0; b < SIZE / ROWS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            bands.add(b + ":" + Long.toHexString(h));
        }
        return bands;
    }

    static Set<Long> shingles(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String[] words = folded.split("[^\\p{L}\\p{N}]+");
        Set<Long> shingles = new HashSet<>();
        String previous = null;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (previous != null) {
                shingles.add(mix(((long) previous.hashCode() << 32) ^ (word.hashCode() & 0xffffffffL)));
            }
            previous = word;
        }
        return shingles;
    }

    /** A 64-bit finalizer (splitmix64) that spreads bits evenly. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

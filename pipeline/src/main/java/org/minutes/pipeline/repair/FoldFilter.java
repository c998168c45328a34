package org.minutes.pipeline.repair;

/**
 * A one-hash Bloom filter of strings, asked about a range of a longer string without cutting it out: the compound
 * splitter asks it whether any part could start and end at two positions before it builds the substrings for the
 * real lookups, and {@link LetterTrigrams} holds the letter trigrams of the lexicon in one. No false negatives;
 * about 5% false positives at the sizes used here.
 *
 * <p>Written only while built; thread-safe to read after it is published.
 */
final class FoldFilter {

    /** log2 of the bits of the filters the compound splitter uses (8 MB each). */
    static final int DEFAULT_SIZE = 26;

    private final int log2Bits;
    private final long[] words;

    FoldFilter() {
        this(DEFAULT_SIZE);
    }

    /** A filter of {@code 2^log2Bits} bits. */
    FoldFilter(int log2Bits) {
        this.log2Bits = log2Bits;
        this.words = new long[(1 << log2Bits) / 64];
    }

    /** Adds the string whose {@link String#hashCode()} is {@code hash}. */
    void add(int hash) {
        int bit = slot(hash);
        words[bit >>> 6] |= 1L << bit;
    }

    /** True when {@code s[from, to)} may have been added; false when it certainly was not. */
    boolean mayContain(String s, int from, int to) {
        int bit = slot(hash(s, from, to));
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }

    /** True when a string whose {@link String#hashCode()} is {@code hash} may have been added. */
    boolean mayContain(int hash) {
        int bit = slot(hash);
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }

    /** {@link String#hashCode()} of {@code s[from, to)}. */
    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private int slot(int h) {
        // Spreads the string hash over the bits (a multiplicative mix: similar words land far apart).
        return (h * 0x9E3779B9) >>> (32 - log2Bits);
    }
}

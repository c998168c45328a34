package org.minutes.pipeline.repair;

/**
 * A Bloom filter of strings, asked about a range of a longer string without cutting it out: the compound splitter
 * asks it whether any part could start and end at two positions before it builds the substrings for the real
 * lookups, and {@link LetterTrigrams} holds the letter trigrams of the lexicon in one. No false negatives.
 *
 * <p>Each string sets two bits in one 64-bit word (a blocked Bloom filter), so a question costs one memory access,
 * and {@link #forKeys(int)} sizes the filter to {@value #BITS_PER_KEY} to 24 bits per string (a power of two): one
 * to two false hits in a hundred. The compound splitter's four filters for the shipped lexicon take 4 MB this way;
 * the filters of one bit per string used before took 26 MB for about the same error.
 *
 * <p>Written only while built; thread-safe to read after it is published.
 */
final class FoldFilter {

    /** Bits per string that {@link #forKeys(int)} aims at (rounded to a power of two). */
    static final int BITS_PER_KEY = 12;

    private final int log2Words;
    private final long[] words;

    /** A filter of {@code 2^log2Bits} bits (at least 64). */
    FoldFilter(int log2Bits) {
        this.log2Words = Math.max(0, log2Bits - 6);
        this.words = new long[1 << log2Words];
    }

    /** A filter sized for about {@code keys} strings. */
    static FoldFilter forKeys(int keys) {
        long bits = Math.max(64, (long) keys * BITS_PER_KEY);
        return new FoldFilter(64 - Long.numberOfLeadingZeros(bits - 1));
    }

    /** Adds the string whose {@link String#hashCode()} is {@code hash}. */
    void add(int hash) {
        long mix = mix(hash);
        words[word(mix)] |= bits(mix);
    }

    /** True when {@code s[from, to)} may have been added; false when it certainly was not. */
    boolean mayContain(String s, int from, int to) {
        return mayContain(hash(s, from, to));
    }

    /** True when a string whose {@link String#hashCode()} is {@code hash} may have been added. */
    boolean mayContain(int hash) {
        long mix = mix(hash);
        long bits = bits(mix);
        return (words[word(mix)] & bits) == bits;
    }

    /** {@link String#hashCode()} of {@code s[from, to)}. */
    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** Spreads a string hash over 64 bits (similar words land far apart). */
    private static long mix(int h) {
        long x = h * 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 32);
    }

    /** The word a mixed hash sets its bits in: its top bits. */
    private int word(long mix) {
        return log2Words == 0 ? 0 : (int) (mix >>> (64 - log2Words));
    }

    /** The two bits a mixed hash sets: its lowest two groups of six bits (Java shifts by the low six bits). */
    private static long bits(long mix) {
        return (1L << mix) | (1L << (mix >>> 6));
    }
}

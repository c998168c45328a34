package org.minutes.pipeline.lexicon;

import java.util.Arrays;

/**
 * Counts of word pairs keyed by two word numbers, in one open-addressing table of primitive longs and ints, so a
 * lookup builds no string and boxes nothing.
 *
 * <p>Filled once, then read only: safe to share between threads after construction.
 */
final class PairTable {

    private static final long EMPTY = -1L;

    private final long[] keys;
    private final int[] values;
    private final int mask;

    /** A table with room for {@code expected} pairs. */
    PairTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(keys, EMPTY);
    }

    /** Adds {@code count} to the pair ({@code left}, {@code right}), both non-negative. */
    void add(int left, int right, int count) {
        long key = ((long) left << 32) | right;
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] += count;
    }

    /** The count of the pair, 0 when never added. */
    int get(int left, int right) {
        long key = ((long) left << 32) | right;
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Visits every pair with its count. */
    void forEach(SwedishLexicon.PairVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit((int) (keys[i] >>> 32), (int) keys[i], values[i]);
            }
        }
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}

package org.minutes.pipeline.lexicon;

import java.util.Arrays;

/**
 * Counts of word pairs keyed by two word numbers, in one open-addressing table of primitive longs and ints, so a
 * lookup builds no string and boxes nothing. The table doubles when it is half full.
 *
 * <p>Not thread-safe while it is being filled; safe to share between threads once filled and only read (as the
 * lexicon's pair counts are).
 */
public final class PairTable {

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] values;
    private int mask;
    private int shift;
    private int size;

    /** A table with room for {@code expected} pairs before it grows. */
    public PairTable(int expected) {
        allocate(Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1);
    }

    /** Adds {@code count} (which may be negative) to the pair ({@code left}, {@code right}), both non-negative. */
    public void add(int left, int right, int count) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(left, right);
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot] += count;
    }

    /** The count of the pair, 0 when never added. */
    public int get(int left, int right) {
        long key = key(left, right);
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

    /** True when no pair was ever added. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Visits every pair with its count. */
    void forEach(SwedishLexicon.PairVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit((int) (keys[i] >>> 32), (int) keys[i], values[i]);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        Arrays.fill(keys, EMPTY);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xffffffffL);
    }

    /** Fibonacci hashing: the top bits of the product, as many as the table has slots. */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}

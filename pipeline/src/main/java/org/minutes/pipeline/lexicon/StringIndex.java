package org.minutes.pipeline.lexicon;

/**
 * An immutable map from distinct strings to their positions in an array, by open addressing: a lookup probes two
 * int arrays and compares one string, where a {@code HashMap<String, Integer>} follows a node and unboxes. The
 * lexicon asks it hundreds of thousands of times per megabyte of new text, and it takes a third of the memory.
 *
 * <p>Thread-safe once built.
 */
final class StringIndex {

    private final String[] keys;
    /** Position + 1 of the key in each slot; 0 for an empty slot. */
    private final int[] slots;
    /** The {@link String#hashCode()} of the key in each slot, compared before the string itself. */
    private final int[] hashes;
    private final int mask;

    /** An index of {@code keys}, which must be distinct; the array is kept, not copied. */
    StringIndex(String[] keys) {
        this.keys = keys;
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        slots = new int[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            int h = keys[i].hashCode();
            int slot = spread(h) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
            hashes[slot] = h;
        }
    }

    /** The position of {@code key}, or -1 when it is not one of the keys. */
    int get(String key) {
        int h = key.hashCode();
        int slot = spread(h) & mask;
        for (int at = slots[slot]; at != 0; at = slots[slot]) {
            if (hashes[slot] == h && keys[at - 1].equals(key)) {
                return at - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int spread(int h) {
        return (h * 0x9E3779B9) ^ (h >>> 16);
    }
}

package org.minutes.pipeline.repair;

import java.util.Arrays;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * The word pairs one document uses, as first read, to choose between words the counts alone decide wrongly for it:
 * a document that reads {@code våra tjänster} twice where the context is clear reads its third damaged
 * {@code vara tjänster} the same way, even where its own neighbours ({@code söka vara}) say little. A cache
 * language model over word pairs (one reading per collocation within a document), the pair-level twin of
 * {@link DocumentVocabulary}.
 *
 * <p>A candidate gains {@code ln(1 + κ · uses / (count + 1))} nats for each neighbour, where {@code uses} is how
 * often the document's first reading put the candidate beside that neighbour elsewhere (the word's own place does
 * not vote for itself), {@code count} how often the corpus did, and {@code κ = λ/(1−λ) · corpus words / document
 * words}, as for single words. It gains in the same way by the places the first reading repaired to it
 * elsewhere ({@code vårt kvalitetsarbete} and {@code vårt tält} read clearly make a weak {@code vart
 * utvecklingsarbete} {@code vårt}): a repair against the print is a clear choice, which a word kept as printed is
 * not, and {@link DocumentVocabulary} counts only words with one reading.
 *
 * <p>Keys are two word numbers in one open-addressing table of primitive longs and ints. One instance per document;
 * not thread-safe.
 */
final class DocumentPairs {

    /** λ: the weight of the document's pairs against the corpus counts, as {@link DocumentVocabulary#WEIGHT}. */
    static final double WEIGHT = DocumentVocabulary.WEIGHT;
    private static final long EMPTY = -1L;
    /** The right-hand key under which a repaired word is counted (no word has this number). */
    private static final int REPAIRED = Integer.MAX_VALUE;

    private final SwedishLexicon lexicon;
    private long[] keys;
    private int[] values;
    private int size;
    private int words;

    DocumentPairs(SwedishLexicon lexicon) {
        this(lexicon, 64);
    }

    /** A table with room for about {@code expected} pairs before it grows. */
    DocumentPairs(SwedishLexicon lexicon, int expected) {
        this.lexicon = lexicon;
        int capacity = Integer.highestOneBit(Math.max(64, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** Counts one word of the document (for the weight of the document against the corpus). */
    void countWord() {
        words++;
    }

    /** Counts the pair {@code left right} (word numbers; a pair with an unknown word, -1, is not counted). */
    void add(int left, int right) {
        if (left < 0 || right < 0) {
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(left, right);
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & (keys.length - 1);
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot]++;
    }

    /** How often the pair was counted, 0 when never. */
    int uses(int left, int right) {
        if (left < 0 || right < 0) {
            return 0;
        }
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
            slot = (slot + 1) & (keys.length - 1);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Counts word number {@code id} as a word the first reading repaired on the strength of its context. */
    void addRepair(int id) {
        add(id, REPAIRED);
    }

    /**
     * How many nats likelier the pair {@code left right} is in this document than the corpus counts alone say
     * (≥ 0), given that {@code own} of its uses are the word's own place, which does not count.
     */
    double gain(int left, int right, int own) {
        return gain(uses(left, right) - own, lexicon.pairCount(left, right));
    }

    /** How many places the first reading repaired to word number {@code id}. */
    int repairs(int id) {
        return id < 0 ? 0 : uses(id, REPAIRED);
    }

    /**
     * How many nats likelier word {@code id} is in this document than the corpus counts alone say, by the places
     * the first reading repaired to it (≥ 0; {@code own} of them are the word's own place).
     */
    double repairGain(int id, int own) {
        return id < 0 ? 0 : gain(repairs(id) - own, lexicon.count(id));
    }

    private double gain(int uses, int corpusCount) {
        if (uses <= 0) {
            return 0;
        }
        double kappa = WEIGHT / (1 - WEIGHT) * lexicon.total() / Math.max(1, words);
        return Math.log1p(kappa * uses / (corpusCount + 1.0));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xffffffffL);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (keys.length - 1);
    }
}

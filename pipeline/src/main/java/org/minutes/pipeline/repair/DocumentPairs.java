package org.minutes.pipeline.repair;

import org.minutes.pipeline.lexicon.PairTable;
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
 * words}, as for single words. It gains in the same way by the places the first reading clearly repaired to it
 * elsewhere ({@code vårt kvalitetsarbete} and {@code vårt tält} make a weak {@code vart utvecklingsarbete}
 * {@code vårt}); the repairer takes the stronger of the two, as a repair's place also counts in its pairs. A
 * repair against the print is a choice the context made, which a word kept as printed need not be, and
 * {@link DocumentVocabulary} counts only words with one reading.
 *
 * <p>Counts change while the document is read again: a word read anew takes its old pairs and repair back
 * ({@link #remove}, {@link #removeRepair}) and adds its new ones.
 *
 * <p>Counts are kept in a {@link PairTable}. One instance per document; not thread-safe.
 */
final class DocumentPairs {

    /** λ: the weight of the document's pairs against the corpus counts, as {@link DocumentVocabulary#WEIGHT}. */
    static final double WEIGHT = DocumentVocabulary.WEIGHT;
    /** The right-hand key under which a repaired word is counted (no word has this number). */
    private static final int REPAIRED = Integer.MAX_VALUE;

    private final SwedishLexicon lexicon;
    private final PairTable table;
    private int words;

    DocumentPairs(SwedishLexicon lexicon) {
        this(lexicon, 64);
    }

    /** A table with room for about {@code expected} pairs before it grows. */
    DocumentPairs(SwedishLexicon lexicon, int expected) {
        this.lexicon = lexicon;
        this.table = new PairTable(Math.max(64, expected));
    }

    /** Counts one word of the document (for the weight of the document against the corpus). */
    void countWord() {
        words++;
    }

    /** Counts the pair {@code left right} (word numbers; a pair with an unknown word, -1, is not counted). */
    void add(int left, int right) {
        change(left, right, 1);
    }

    /** Takes back one count of the pair {@code left right}, added before (unknown words: nothing). */
    void remove(int left, int right) {
        change(left, right, -1);
    }

    /** Adds {@code delta} (1 or -1) to the count of the pair {@code left right}; unknown words: nothing. */
    void change(int left, int right, int delta) {
        if (left >= 0 && right >= 0) {
            table.add(left, right, delta);
        }
    }

    /** How often the pair was counted, 0 when never. */
    int uses(int left, int right) {
        return left < 0 || right < 0 ? 0 : table.get(left, right);
    }

    boolean isEmpty() {
        return table.isEmpty();
    }

    /** Counts word number {@code id} as a word the first reading repaired on the strength of its context. */
    void addRepair(int id) {
        add(id, REPAIRED);
    }

    /** Takes back one repair to word number {@code id}, counted before. */
    void removeRepair(int id) {
        remove(id, REPAIRED);
    }

    /** Adds {@code delta} (1 or -1) to the repairs to word number {@code id}. */
    void changeRepair(int id, int delta) {
        change(id, REPAIRED, delta);
    }

    /** How many places the first reading repaired to word number {@code id}. */
    int repairs(int id) {
        return id < 0 ? 0 : uses(id, REPAIRED);
    }

    /**
     * How many nats likelier the pair {@code left right} is in this document than the corpus counts alone say
     * (≥ 0), given that {@code own} of its uses are the word's own place, which does not count.
     */
    double gain(int left, int right, int own) {
        return gain(uses(left, right) - own, lexicon.pairCount(left, right));
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
}

package org.minutes.pipeline.repair;

import java.util.Arrays;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * What one document shows of its own vocabulary, to choose between words the counts alone decide wrongly for it:
 * a document that writes {@code ungdomsvård} and {@code egenvård} where nothing else could be meant is about
 * {@code vård}, so its damaged {@code vard} is {@code vård}, not the {@code värd} (a host) that the corpus counts
 * prefer. This is a cache language model (Kuhn and De Mori, 1990) over word forms and last compound parts.
 *
 * <p>Evidence comes only from <em>anchors</em>: words of the document with one reading (the token is a word and
 * nothing else with its letters is, or its damage allows one word only), so an ambiguous word never votes for
 * itself. An anchor counts for its own form and, when it is a compound, for its last part ({@code egenvård} for
 * {@code vård}; see {@link LastParts}).
 *
 * <p>A candidate then gains {@code ln(1 + κ · uses / (count + 1))} nats, where {@code uses} is how often the
 * document used its form (or, for a compound, its last part's), {@code count} how often the corpus did, and
 * {@code κ = λ/(1−λ) · corpus words / document words}: the word's probability interpolated between corpus and
 * document with weight {@link #WEIGHT} λ, divided by the corpus estimate. A word the corpus knows well gains
 * almost nothing; a word the corpus under-counts gains when the document keeps using it.
 *
 * <p>Works on word numbers, in an array the caller lends (one per thread), so counting costs no allocation. One
 * instance per document; not thread-safe; {@link #close()} when done.
 */
final class DocumentVocabulary {

    /**
     * λ: the weight of the document against the corpus counts. Chosen on the four pairs (0.05, 0.1, 0.2 and 0.3
     * tried: 0.05 to 0.2 differ by one word, 0.3 breaks one more).
     */
    static final double WEIGHT = 0.1;
    /** What a word that is no anchor counts for: nothing. */
    static final Anchor NONE = new Anchor(-1, -1);

    /**
     * What an anchor counts for: its own word number ({@code self}, -1 if the lexicon lacks it) and the word number
     * of its last compound part ({@code tail}, -1 for none).
     */
    record Anchor(int self, int tail) {
    }

    private final SwedishLexicon lexicon;
    /** Uses per word number; all zero again after {@link #close()} (the array is the caller's, reused). */
    private final int[] uses;
    private int[] touched = new int[64];
    private int touchedCount;
    private int words;

    /** A vocabulary counting into {@code scratch}: an all-zero array of {@code lexicon.size()} entries. */
    DocumentVocabulary(SwedishLexicon lexicon, int[] scratch) {
        this.lexicon = lexicon;
        this.uses = scratch;
    }

    /**
     * What an anchor {@code word} (number {@code id}, -1 if the lexicon lacks it) counts for: itself, and its last
     * compound part when diacritics leave that ambiguous ({@link LastParts}; no other part can gain). Depends only on
     * the word, so callers may keep the answer.
     */
    static Anchor anchor(LastParts lastParts, String word, int id) {
        return new Anchor(id, lastParts.of(word));
    }

    /** Counts one word of the document: {@code anchor} is what it counts for, {@link #NONE} when it is no anchor. */
    void add(Anchor anchor) {
        words++;
        count(anchor.self());
        count(anchor.tail());
    }

    private void count(int key) {
        if (key < 0) {
            return;
        }
        if (uses[key] == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, 2 * touchedCount);
            }
            touched[touchedCount++] = key;
        }
        uses[key]++;
    }

    /**
     * How many nats likelier a candidate (word number {@code id}, its last part's {@code tail}; -1 for none) is in
     * this document than the corpus counts alone say (≥ 0): by its own uses, or by its last part's.
     */
    double bonus(int id, int tail) {
        if (touchedCount == 0) {
            return 0;
        }
        double kappa = WEIGHT / (1 - WEIGHT) * lexicon.total() / words;
        return Math.max(gain(id, kappa), gain(tail, kappa));
    }

    private double gain(int id, double kappa) {
        if (id < 0 || uses[id] == 0) {
            return 0;
        }
        return Math.log1p(kappa * uses[id] / (lexicon.count(id) + 1.0));
    }

    /** Zeroes the counts in the scratch array, so the caller can give it to the next document. */
    void close() {
        for (int i = 0; i < touchedCount; i++) {
            uses[touched[i]] = 0;
        }
        touchedCount = 0;
    }
}

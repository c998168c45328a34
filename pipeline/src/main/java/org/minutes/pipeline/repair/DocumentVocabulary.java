package org.minutes.pipeline.repair;

import java.util.HashMap;
import java.util.Map;
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
 * <p>One instance per document; not thread-safe.
 */
final class DocumentVocabulary {

    /**
     * λ: the weight of the document against the corpus counts. Chosen on the four pairs (0.05, 0.1, 0.2 and 0.3
     * tried: 0.05 to 0.2 differ by one word, 0.3 breaks one more).
     */
    static final double WEIGHT = 0.1;

    private final SwedishLexicon lexicon;
    private final LastParts lastParts;
    /** How often the document used each form as an anchor, or as an anchor's last part. */
    private final Map<String, Integer> uses = new HashMap<>();
    private final Map<String, Double> bonuses = new HashMap<>();
    private int words;

    DocumentVocabulary(SwedishLexicon lexicon, LastParts lastParts) {
        this.lexicon = lexicon;
        this.lastParts = lastParts;
    }

    /** Counts one word of the document; {@code anchor} is its only reading, or null when it has none or several. */
    void add(String anchor) {
        words++;
        if (anchor != null) {
            uses.merge(anchor, 1, Integer::sum);
            String tail = lastParts.of(anchor);
            if (tail != null) {
                uses.merge(tail, 1, Integer::sum);
            }
            if (!bonuses.isEmpty()) {
                bonuses.clear();
            }
        }
    }

    /** How many nats likelier {@code candidate} is in this document than the corpus counts alone say (≥ 0). */
    double bonus(String candidate) {
        if (uses.isEmpty()) {
            return 0;
        }
        Double known = bonuses.get(candidate);
        if (known != null) {
            return known;
        }
        double kappa = WEIGHT / (1 - WEIGHT) * lexicon.total() / words;
        double best = gain(candidate, kappa);
        String tail = lastParts.of(candidate);
        if (tail != null) {
            best = Math.max(best, gain(tail, kappa));
        }
        bonuses.put(candidate, best);
        return best;
    }

    private double gain(String key, double kappa) {
        int used = uses.getOrDefault(key, 0);
        return used == 0 ? 0 : Math.log1p(kappa * used / (lexicon.count(key) + 1.0));
    }
}

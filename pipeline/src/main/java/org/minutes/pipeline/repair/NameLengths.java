package org.minutes.pipeline.repair;

import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * How long names are, read from the lexicon's names (forms it only knows with a capital): most have 5 to 10 letters,
 * one in a thousand has 20. A capitalised word the lexicon does not know may be a name kept as printed, or a
 * compound whose diacritics OCR dropped; the longer it is, the less it looks like a name ({@code Ostlund} may be a
 * name, {@code Overformyndarnamnden} is {@code Överförmyndarnämnden}).
 *
 * <p>Immutable; thread-safe.
 */
final class NameLengths {

    /** Lengths from this on share one bin (the lexicon holds only a handful of names that long). */
    static final int LONGEST = 24;

    /** By length (letters, capped at {@link #LONGEST}): −ln of P(length | name) over its largest value. */
    private final double[] cost = new double[LONGEST + 1];

    /** The model of {@code lexicon}, computed once per lexicon and kept with it. */
    static NameLengths of(SwedishLexicon lexicon) {
        return MODELS.of(lexicon);
    }

    private static final PerLexicon<NameLengths> MODELS = new PerLexicon<>(NameLengths::new);

    private NameLengths(SwedishLexicon lexicon) {
        double[] names = new double[LONGEST + 1];
        for (int id = 0; id < lexicon.size(); id++) {
            if ((lexicon.bits(id) & SwedishLexicon.CAPITALISED) != 0) {
                String word = lexicon.word(id);
                if (word.chars().allMatch(Character::isLetter)) {
                    names[Math.min(LONGEST, word.length())]++;
                }
            }
        }
        double most = 0;
        int commonest = 1;
        for (int n = 1; n <= LONGEST; n++) {
            // Add-one smoothing: a length no listed name has is rare, not impossible.
            names[n] += 1;
            if (names[n] > most) {
                most = names[n];
                commonest = n;
            }
        }
        // Only length beyond the commonest counts against a name: short words are no evidence of a compound.
        // Never cheaper for a longer word: the few longest names, one bin, must not make 24 letters look likelier
        // than 23.
        for (int n = commonest + 1; n <= LONGEST; n++) {
            cost[n] = Math.max(cost[n - 1], Math.log(most / names[n]));
        }
    }

    /**
     * What reading a word of {@code length} letters as a name costs against a name of the commonest length (nats,
     * ≥ 0): 0 up to that length (8 letters), 2.3 for 13, 5 for 20.
     */
    double cost(int length) {
        return length < 1 ? 0 : cost[Math.min(LONGEST, length)];
    }
}

package org.minutes.pipeline.repair;

import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * Which three-letter sequences occur in the lexicon's words ({@code ^} and {@code $} mark a word's ends). A token
 * with a sequence no listed word has ({@code mld} in {@code hemldsas}, {@code aén} in {@code fontaénhuset}) is
 * unlikely to be a word as printed, which makes keeping it unrepaired dearer. Names from other languages have such
 * sequences too ({@code edz} in {@code Kafedzic}); they are kept all the same when nothing explains them.
 *
 * <p>The trigrams (about 12,000 for the shipped lexicon) are held in a {@link FoldFilter} of 32 KB (a few false
 * hits), built once per lexicon and kept with it. Immutable after construction; thread-safe.
 */
final class LetterTrigrams {

    private static final PerLexicon<LetterTrigrams> MODELS = new PerLexicon<>(LetterTrigrams::new);

    private final FoldFilter seen = new FoldFilter(18);

    static LetterTrigrams of(SwedishLexicon lexicon) {
        return MODELS.of(lexicon);
    }

    private LetterTrigrams(SwedishLexicon lexicon) {
        for (int id = 0; id < lexicon.size(); id++) {
            if (lexicon.listed(id)) {
                String w = lexicon.word(id);
                for (int i = -1; i + 2 <= w.length(); i++) {
                    seen.add(hash(at(w, i), at(w, i + 1), at(w, i + 2)));
                }
            }
        }
    }

    /** How many of the letter trigrams of {@code lower} no listed word has. */
    int unseen(String lower) {
        int n = 0;
        for (int i = -1; i + 2 <= lower.length(); i++) {
            if (!seen.mayContain(hash(at(lower, i), at(lower, i + 1), at(lower, i + 2)))) {
                n++;
            }
        }
        return n;
    }

    private static char at(String w, int i) {
        return i < 0 ? '^' : i >= w.length() ? '$' : w.charAt(i);
    }

    /** {@link String#hashCode()} of the three characters. */
    private static int hash(char a, char b, char c) {
        return (a * 31 + b) * 31 + c;
    }
}

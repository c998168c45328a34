package org.minutes.pipeline.repair;

import java.util.function.Function;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * Something derived from a lexicon once (a model, a filter) and shared by every repairer over it. Kept by the
 * lexicon ({@link SwedishLexicon#derived}): when no one uses a lexicon any more (an archive's, after an import),
 * what was derived from it goes with it.
 *
 * <p>Thread-safe.
 */
final class PerLexicon<T> {

    private final Function<SwedishLexicon, T> derive;

    PerLexicon(Function<SwedishLexicon, T> derive) {
        this.derive = derive;
    }

    T of(SwedishLexicon lexicon) {
        return lexicon.derived(this, derive);
    }
}

package org.minutes.pipeline.repair;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * Something derived from a lexicon once (a model, a filter) and shared by every repairer over it. Held weakly by
 * the lexicon: when no one uses a lexicon any more (an archive's, after an import), what was derived from it goes
 * too, as long as it keeps no reference to the lexicon itself.
 *
 * <p>Thread-safe.
 */
final class PerLexicon<T> {

    private final Map<SwedishLexicon, T> derived = Collections.synchronizedMap(new WeakHashMap<>());
    private final Function<SwedishLexicon, T> derive;

    PerLexicon(Function<SwedishLexicon, T> derive) {
        this.derive = derive;
    }

    T of(SwedishLexicon lexicon) {
        return derived.computeIfAbsent(lexicon, derive);
    }
}

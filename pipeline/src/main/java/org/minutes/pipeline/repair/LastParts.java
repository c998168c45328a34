package org.minutes.pipeline.repair;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minutes.pipeline.lexicon.Folding;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * The last part of a Swedish compound, read from the lexicon alone: the longest listed ending of three or more
 * letters after a head that can open a compound (a listed word, with a linking {@code s}, or without its final
 * {@code a} or {@code e}): {@code ungdomsvård} → {@code vård}, {@code sjukvården} → {@code vården}; none for a
 * word that is no such compound. Answers are cached (bounded); thread-safe.
 */
final class LastParts {

    private static final int CACHE_LIMIT = 200_000;
    private final SwedishLexicon lexicon;
    /** The folds the lexicon lists: most endings are no word, and the filter says so without a lookup. */
    private final FoldFilter listedFolds;
    private final Map<String, Integer> cache = new ConcurrentHashMap<>();

    LastParts(SwedishLexicon lexicon) {
        this.lexicon = lexicon;
        this.listedFolds = CompoundSplitter.filtersOf(lexicon)[2];
    }

    /** The word number of the last part of {@code word} (lower case), or -1 when it is no compound of listed words. */
    int of(String word) {
        Integer found = cache.get(word);
        if (found == null) {
            found = find(word);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(word, found);
        }
        return found;
    }

    private int find(String word) {
        String fold = null;
        for (int i = CompoundSplitter.MIN_PART; i <= word.length() - CompoundSplitter.MIN_PART; i++) {
            if (fold == null) {
                fold = Folding.fold(word);
            }
            if (!listedFolds.mayContain(fold, i, fold.length())) {
                continue;
            }
            String tail = word.substring(i);
            int id = lexicon.id(tail);
            if (lexicon.listed(id) && opensCompound(word.substring(0, i))) {
                return id;
            }
        }
        return -1;
    }

    private boolean opensCompound(String head) {
        return lexicon.knowsListed(head)
                || head.endsWith("s") && lexicon.knowsListed(head.substring(0, head.length() - 1))
                || lexicon.knowsListed(head + "a") || lexicon.knowsListed(head + "e");
    }
}

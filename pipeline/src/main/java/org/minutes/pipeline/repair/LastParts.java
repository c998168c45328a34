package org.minutes.pipeline.repair;

import org.minutes.pipeline.lexicon.Folding;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * The last part of a Swedish compound that diacritics alone leave ambiguous, read from the lexicon: the longest
 * ending of three or more letters that is a listed word sharing its letters with another listed word (vård/värd),
 * after a head that can open a compound (a listed word the compound splitter uses as a part, with a linking
 * {@code s}, or without its final {@code a} or {@code e}): {@code ungdomsvård} → {@code vård}, {@code sjukvården}
 * → {@code vården}; none for any other word. This is the part a {@link DocumentVocabulary} counts.
 *
 * <p>Two filter probes per split point reject almost every word before any lookup, so answers are not cached
 * (callers keep what they need per distinct token). Thread-safe.
 */
final class LastParts {

    private final SwedishLexicon lexicon;
    /** The compound splitter's filters of shared folds and of heads: most splits fail them without a lookup. */
    private final FoldFilter twinFolds;
    private final FoldFilter headFolds;

    LastParts(SwedishLexicon lexicon) {
        this.lexicon = lexicon;
        FoldFilter[] filters = CompoundSplitter.filtersOf(lexicon);
        this.headFolds = filters[1];
        this.twinFolds = filters[3];
    }

    /** The word number of that last part of {@code word} (lower case), or -1 when it has none. */
    int of(String word) {
        int n = word.length();
        if (n < 2 * CompoundSplitter.MIN_PART) {
            return -1;
        }
        // String.hashCode() of each ending's fold, from the end backwards, and of each head's, forwards: no substrings.
        int[] endingHash = new int[n + 1];
        int power = 1;
        for (int i = n - 1; i >= 0; i--) {
            endingHash[i] = Folding.fold(word.charAt(i)) * power + endingHash[i + 1];
            power *= 31;
        }
        int headHash = 0;
        for (int i = 0; i < CompoundSplitter.MIN_PART - 1; i++) {
            headHash = 31 * headHash + Folding.fold(word.charAt(i));
        }
        for (int i = CompoundSplitter.MIN_PART; i <= n - CompoundSplitter.MIN_PART; i++) {
            headHash = 31 * headHash + Folding.fold(word.charAt(i - 1));
            if (!twinFolds.mayContain(endingHash[i]) || !headFolds.mayContain(headHash)) {
                continue;
            }
            String tail = word.substring(i);
            int id = lexicon.id(tail);
            if (lexicon.listed(id) && hasTwin(tail) && opensCompound(word.substring(0, i))) {
                return id;
            }
        }
        return -1;
    }

    /** True when another listed word has the letters of {@code word} with other diacritics. */
    private boolean hasTwin(String word) {
        if (!twinFolds.mayContain(CompoundSplitter.foldHash(word))) {
            return false;
        }
        int listed = 0;
        for (int id : lexicon.idsWithFold(Folding.fold(word))) {
            if (lexicon.listed(id) && ++listed > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word number of the head of {@code word} read as a compound: its longest ending of at least
     * {@link CompoundSplitter#MIN_PART} letters that the dictionary lists as a noun, verb or adjective (no name),
     * after a part that can open a compound; -1 when there is none.
     */
    int head(String word) {
        int n = word.length();
        for (int i = CompoundSplitter.MIN_PART; i <= n - CompoundSplitter.MIN_PART; i++) {
            int id = lexicon.id(word.substring(i));
            int bits = lexicon.bits(id);
            if ((bits & HEAD_BITS) != 0 && (bits & SwedishLexicon.CAPITALISED) == 0
                    && opensCompound(word.substring(0, i))) {
                return id;
            }
        }
        return -1;
    }

    private static final int HEAD_BITS = SwedishLexicon.NOUN | SwedishLexicon.VERB | SwedishLexicon.ADJECTIVE;

    private boolean opensCompound(String head) {
        return lexicon.knowsListed(head)
                || head.endsWith("s") && lexicon.knowsListed(head.substring(0, head.length() - 1))
                || lexicon.knowsListed(head + "a") || lexicon.knowsListed(head + "e");
    }
}

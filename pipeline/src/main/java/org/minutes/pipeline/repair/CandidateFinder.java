package org.minutes.pipeline.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.minutes.pipeline.lexicon.Folding;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * Finds the Swedish words a (lower-case) token may stand for, with the cost of each under the error model: the
 * token's variants by {@link OcrConfusions}, then every listed word with the same fold, then — for long tokens
 * nothing listed explains — compounds of listed words ({@link CompoundSplitter}).
 *
 * <p>Results depend only on the token, so they are cached (bounded). Thread-safe.
 */
final class CandidateFinder {

    /**
     * A word a token may stand for ({@code id}: its number in the lexicon, or -1 when not looked up): {@code cost} in
     * nats for the misreadings, plus {@code stripped} diacritics whose price depends on the text; {@code rule} names
     * the cause.
     */
    record Candidate(String word, int id, double cost, int stripped, String rule) {

        /** A candidate whose word number is not known yet. */
        Candidate(String word, double cost, int stripped, String rule) {
            this(word, -1, cost, stripped, rule);
        }

        double cost(double stripCost) {
            return cost + stripped * stripCost;
        }
    }

    private static final int CACHE_LIMIT = 200_000;
    /** Candidates cheapest first, a stripped diacritic counted as 1; ties by spelling (deterministic). */
    private static final java.util.Comparator<Candidate> CHEAPEST_FIRST = (a, b) -> a.cost(1) != b.cost(1)
            ? Double.compare(a.cost(1), b.cost(1)) : a.word().compareTo(b.word());
    /** A token with a reading cheaper than this (misreadings only) is explained by the lists. */
    private static final double EXPLAINED_BELOW = 3.0;
    private static final double COMPOUND_COST = 0.5;
    /** What a token only Hunspell's compounding accepts pays when a twin splits into listed parts. */
    private static final double UNANALYSED_COST = 1.5;
    /** The cheapest variants of a token, of at most this many folds, are read as compounds. */
    private static final int MAX_COMPOUND_VARIANTS = 6;
    private static final double MAX_COMPOUND_VARIANT_COST = 3.5;
    /** The cheapest variants of a token, at most this many, are put to Hunspell. */
    private static final int MAX_SPELLED_VARIANTS = 3;
    private static final double MAX_SPELLED_VARIANT_COST = 2.0;

    private final SwedishLexicon lexicon;
    private final CompoundSplitter splitter;
    /** The folds the lexicon lists, to skip most lookups of variants that are no word. */
    private final FoldFilter listedFolds;
    private final Map<String, List<Candidate>> cache = new ConcurrentHashMap<>(1 << 14);

    CandidateFinder(SwedishLexicon lexicon) {
        this.lexicon = lexicon;
        this.splitter = new CompoundSplitter(lexicon);
        this.listedFolds = CompoundSplitter.filtersOf(lexicon)[2];
    }

    /** The candidates for {@code lower}, cheapest first; the token itself is among them when it is a word. */
    List<Candidate> candidates(String lower) {
        List<Candidate> found = cache.get(lower);
        if (found == null) {
            found = find(lower);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(lower, found);
        }
        return found;
    }

    private List<Candidate> find(String lower) {
        Map<String, Candidate> best = new HashMap<>();
        int[] stripped = new int[1];
        List<OcrConfusions.Variant> variants = OcrConfusions.variants(lower);
        List<OcrConfusions.Variant> lettersOnly = new ArrayList<>();
        for (OcrConfusions.Variant variant : variants) {
            if (!allLetters(variant.text())) {
                continue;
            }
            lettersOnly.add(variant);
            if (!listedFolds.mayContain(CompoundSplitter.foldHash(variant.text()))) {
                continue;
            }
            for (int id : lexicon.idsWithFold(Folding.fold(variant.text()))) {
                String form = lexicon.word(id);
                double cost = variant.cost() + OcrConfusions.diacriticCost(variant.text(), form, stripped);
                if (cost <= OcrConfusions.MAX_COST) {
                    offer(best, new Candidate(form, id, cost, stripped[0], rule(variant, form)));
                }
            }
        }
        if (!best.containsKey(lower) && lower.length() < 2 * CompoundSplitter.MIN_PART && hasSwedishLetter(lower)
                && allLetters(lower) && lexicon.spells(lower)) {
            // A short word printed with å, ä or ö that only Hunspell lists (ån, the river) is a word as printed:
            // OCR seldom prints those letters where the text had none. (Longer ones are read as compounds below.)
            offer(best, new Candidate(lower, hunspellCost(lower), 0, "word"));
        }
        boolean explained = false;
        for (Candidate c : best.values()) {
            if (c.cost() < EXPLAINED_BELOW) {
                explained = true;
                break;
            }
        }
        if (!explained && lower.length() >= 2 * CompoundSplitter.MIN_PART) {
            // Nothing listed explains the token: perhaps a compound, read from the cheapest variants.
            lettersOnly.sort((a, b) -> Double.compare(a.cost(), b.cost()));
            Set<String> composed = new HashSet<>();
            // Variants with the same fold have the same compound readings: split each fold once, and price each
            // reading by its cheapest variant.
            Map<String, List<OcrConfusions.Variant>> byFold = new LinkedHashMap<>();
            for (OcrConfusions.Variant variant : lettersOnly) {
                if (variant.cost() > MAX_COMPOUND_VARIANT_COST) {
                    break;
                }
                String fold = Folding.fold(variant.text());
                if (byFold.containsKey(fold) || byFold.size() < MAX_COMPOUND_VARIANTS) {
                    byFold.computeIfAbsent(fold, f -> new ArrayList<>()).add(variant);
                }
            }
            for (List<OcrConfusions.Variant> group : byFold.values()) {
                // Three parts only for the token itself and digits or symbols read for letters: a letter read as
                // another letter inside a three-part compound is too rare to pay for the search.
                boolean threeParts = group.get(0).cost() < OcrConfusions.LETTER_FOR_LETTER;
                for (CompoundSplitter.Reading reading : splitter.readings(group.get(0).text(), threeParts)) {
                    for (OcrConfusions.Variant variant : group) {
                        double cost = variant.cost() + OcrConfusions.diacriticCost(variant.text(), reading.word(),
                                stripped) + COMPOUND_COST * (reading.parts() - 1) + reading.cost();
                        if (cost <= OcrConfusions.MAX_COST) {
                            composed.add(reading.word());
                            offer(best, new Candidate(reading.word(), cost, stripped[0],
                                    variant.confusions() > 0 ? "misread+compound" : "compound"));
                        }
                    }
                }
            }
            // The token and its cheapest variants may still be words that only Hunspell knows: forms missing from
            // the word list, or compounds by Hunspell's own rules. Hunspell is slow, so it is asked only about
            // what nothing else has read.
            int asked = 0;
            for (OcrConfusions.Variant variant : lettersOnly) {
                if (asked++ >= MAX_SPELLED_VARIANTS || variant.cost() > MAX_SPELLED_VARIANT_COST) {
                    break;
                }
                // Only what no listed word explains: a fold the lexicon lists was looked up above.
                if (variant.confusions() > 0 && !best.containsKey(variant.text())
                        && !listedFolds.mayContain(CompoundSplitter.foldHash(variant.text()))
                        && lexicon.spells(variant.text())) {
                    offer(best, new Candidate(variant.text(), variant.cost() + hunspellCost(variant.text()), 0,
                            variant.confusions() > 0 ? "misread+compound" : "word"));
                }
            }
            // The token read as a compound of listed parts may still be a form Hunspell derives from a stem
            // (pusslande from pussla, not pussl + ände): that matters only when another reading is cheaper.
            Candidate self = best.get(lower);
            if (self != null && composed.contains(lower) && self.cost() > 0
                    && cheaperThan(best, self.cost())
                    && lexicon.derives(lower)) {
                best.put(lower, new Candidate(lower, 0, 0, "word"));
            }
            doubtUnanalysed(lower, best, composed);
        }

        List<Candidate> list = new ArrayList<>(best.values());
        list.sort(CHEAPEST_FIRST);
        return List.copyOf(list);
    }

    /** Rule of a reading found only in the word list of real Swedish text (names and places, mostly). */
    static final String ATTESTED = "attested";
    /** Diacritics put back into a token to look it up in that list: at most this many, over as many vowels. */
    private static final int MAX_RESTORED = 3;
    private static final int MAX_VOWELS = 8;

    /**
     * {@code found} (the {@link #candidates} of {@code lower}) and, when none of them explains it well, the readings
     * no list of ours holds but real Swedish text uses ({@link SwedishLexicon#attested}): the token with stripped
     * diacritics put back, at most {@link #MAX_RESTORED} of them ({@code sorensen} → {@code sörensen}), and then
     * the token itself too when it is so used (the two spellings compete). The repairer asks for them for
     * capitalised tokens only (names and places the name lists lack), once per distinct token.
     */
    List<Candidate> withAttested(String lower, List<Candidate> found) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : found) {
            if (c.cost() < EXPLAINED_BELOW) {
                return found;
            }
            best.put(c.word(), c);
        }
        attested(lower, best);
        if (best.size() == found.size()) {
            return found;
        }
        List<Candidate> list = new ArrayList<>(best.values());
        list.sort(CHEAPEST_FIRST);
        return List.copyOf(list);
    }

    private void attested(String lower, Map<String, Candidate> best) {
        int[] vowels = new int[MAX_VOWELS];
        int n = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!Character.isLetter(c)) {
                return;
            }
            if (c == 'a' || c == 'o') {
                if (n == MAX_VOWELS) {
                    return;
                }
                vowels[n++] = i;
            }
        }
        if (n == 0) {
            return;
        }
        List<String> found = new ArrayList<>();
        restore(lower.toCharArray(), vowels, n, 0, 0, found);
        if (found.isEmpty()) {
            return;
        }
        int[] stripped = new int[1];
        for (String form : found) {
            // A reading found otherwise (a compound of listed parts) stays as it was found.
            if (!best.containsKey(form)) {
                double cost = OcrConfusions.diacriticCost(lower, form, stripped);
                best.put(form, new Candidate(form, cost, stripped[0], ATTESTED));
            }
        }
        if (lexicon.attested(lower) && !best.containsKey(lower)) {
            best.put(lower, new Candidate(lower, 0, 0, ATTESTED));
        }
    }

    /** Puts å/ä for a and ö for o back at the vowels from {@code next} on, and keeps the attested results. */
    private void restore(char[] chars, int[] vowels, int n, int next, int restored, List<String> found) {
        if (restored > 0) {
            String form = new String(chars);
            if (lexicon.attested(form)) {
                found.add(form);
            }
        }
        if (restored == MAX_RESTORED) {
            return;
        }
        for (int v = next; v < n; v++) {
            int i = vowels[v];
            char original = chars[i];
            for (char d : original == 'a' ? new char[] {'å', 'ä'} : new char[] {'ö'}) {
                chars[i] = d;
                restore(chars, vowels, n, v + 1, restored + 1, found);
            }
            chars[i] = original;
        }
    }

    /** True when some reading in {@code best} costs less than {@code cost}, a stripped diacritic counted as 1. */
    private static boolean cheaperThan(Map<String, Candidate> best, double cost) {
        for (Candidate c : best.values()) {
            if (c.cost() + c.stripped() < cost) {
                return true;
            }
        }
        return false;
    }

    /**
     * A token Hunspell accepts but that splits into no two listed parts ({@code socialdirektor}: Hunspell's own
     * compounding rules allow it) is weaker evidence than a twin with the same fold that does split into listed
     * parts ({@code social} + {@code direktör}): the token's own reading costs more then.
     */
    private static void doubtUnanalysed(String lower, Map<String, Candidate> best, Set<String> composed) {
        Candidate self = best.get(lower);
        if (self == null || composed.contains(lower)) {
            return;
        }
        boolean twin = false;
        for (String w : composed) {
            if (!w.equals(lower) && Folding.sameFold(w, lower)) {
                twin = true;
                break;
            }
        }
        if (twin) {
            best.put(lower, new Candidate(lower, self.id(), self.cost() + UNANALYSED_COST, self.stripped(),
                    self.rule()));
        }
    }

    /**
     * What a word Hunspell accepts costs: nothing when it derives the word from a stem by its affix rules (as
     * good as listed), {@link #COMPOUND_COST} when only its compounding rules accept it.
     */
    private double hunspellCost(String word) {
        return lexicon.derives(word) ? 0 : COMPOUND_COST;
    }

    private static void offer(Map<String, Candidate> best, Candidate candidate) {
        Candidate old = best.get(candidate.word());
        if (old == null || candidate.cost() + candidate.stripped() < old.cost() + old.stripped()) {
            best.put(candidate.word(), candidate);
        }
    }

    private static String rule(OcrConfusions.Variant variant, String form) {
        if (variant.confusions() > 0) {
            return "misread";
        }
        return form.equals(variant.text()) ? "word" : "diacritics";
    }

    private static boolean hasSwedishLetter(String s) {
        return s.indexOf('å') >= 0 || s.indexOf('ä') >= 0 || s.indexOf('ö') >= 0;
    }

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}

package org.minutes.pipeline.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.minutes.pipeline.lexicon.Folding;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * Finds the Swedish words a (lower-case) token may stand for, with the cost of each under the error model: the
 * token's variants by {@link OcrConfusions}, then every listed word with the same fold, then — for long tokens
 * nothing listed explains — compounds of two listed words that Hunspell accepts.
 *
 * <p>Results depend only on the token, so they are cached (bounded). Thread-safe.
 */
final class CandidateFinder {

    /**
     * A word a token may stand for: {@code cost} in nats for the misreadings, plus {@code stripped} diacritics whose
     * price depends on the text; {@code rule} names the cause.
     */
    record Candidate(String word, double cost, int stripped, String rule) {
        double cost(double stripCost) {
            return cost + stripped * stripCost;
        }
    }

    private static final int CACHE_LIMIT = 200_000;
    private static final int MAX_SPELL_CHECKS = 200;
    private static final double COMPOUND_COST = 0.5;
    /** What a token only Hunspell's compounding accepts pays when a twin splits into listed parts. */
    private static final double UNANALYSED_COST = 1.5;
    private static final int MAX_COMPOUND_VARIANTS = 6;
    private static final double MAX_COMPOUND_VARIANT_COST = 2.0;
    /** At most this many diacritics are put back in a compound. */
    private static final int MAX_RESTORED = 3;

    private final SwedishLexicon lexicon;
    private final Map<String, List<Candidate>> cache = new ConcurrentHashMap<>();

    CandidateFinder(SwedishLexicon lexicon) {
        this.lexicon = lexicon;
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
            for (String form : lexicon.withFold(Folding.fold(variant.text()))) {
                double cost = variant.cost() + OcrConfusions.diacriticCost(variant.text(), form, stripped);
                if (cost <= OcrConfusions.MAX_COST) {
                    offer(best, new Candidate(form, cost, stripped[0], rule(variant, form)));
                }
            }
        }
        boolean explained = best.values().stream().anyMatch(c -> c.cost() < 3.0);
        if (!explained && lower.length() >= 6) {
            // Nothing listed explains the token: perhaps a compound. Hunspell judges the cheapest variants, then
            // two listed parts, then the variants with diacritics put back (each verdict is memoized).
            lettersOnly.sort((a, b) -> Double.compare(a.cost(), b.cost()));
            int[] budget = {MAX_SPELL_CHECKS};
            // Only the token and its cheap variants (digits or symbols read for letters: damage for certain) go to
            // Hunspell; a letter read as another letter plus a compound is too unlikely to pay for the calls.
            int keep = 0;
            while (keep < Math.min(MAX_COMPOUND_VARIANTS, lettersOnly.size())
                    && lettersOnly.get(keep).cost() <= MAX_COMPOUND_VARIANT_COST) {
                keep++;
            }
            List<OcrConfusions.Variant> cheapest = lettersOnly.subList(0, keep);
            for (OcrConfusions.Variant variant : cheapest) {
                if (budget[0]-- > 0 && lexicon.spells(variant.text())) {
                    offer(best, new Candidate(variant.text(), variant.cost() + COMPOUND_COST, 0,
                            variant.confusions() > 0 ? "misread+compound" : "word"));
                }
            }
            Set<String> composed = new HashSet<>();
            for (OcrConfusions.Variant variant : cheapest) {
                compounds(variant, best, budget, composed);
            }
            doubtUnanalysed(lower, best, composed);
            for (OcrConfusions.Variant variant : cheapest) {
                restoreDiacritics(variant, best, budget);
            }
        }
        List<Candidate> list = new ArrayList<>(best.values());
        list.sort((a, b) -> a.cost(1) != b.cost(1) ? Double.compare(a.cost(1), b.cost(1)) : a.word().compareTo(b.word()));
        return List.copyOf(list);
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
        String fold = Folding.fold(lower);
        boolean twin = composed.stream().anyMatch(w -> !w.equals(lower) && Folding.fold(w).equals(fold));
        if (twin) {
            best.put(lower, new Candidate(lower, self.cost() + UNANALYSED_COST, self.stripped(), self.rule()));
        }
    }

    /** Two-part compounds whose parts are listed (the first perhaps with a linking s) and Hunspell accepts. */
    private void compounds(OcrConfusions.Variant variant, Map<String, Candidate> best, int[] budget,
            Set<String> composed) {
        String v = variant.text();
        Set<String> tried = new HashSet<>();
        int[] stripped = new int[1];
        for (int split = v.length() - 3; split >= 3 && budget[0] > 0; split--) {
            List<String> tails = lexicon.withFold(Folding.fold(v.substring(split)));
            if (tails.isEmpty()) {
                continue;
            }
            List<String> heads = new ArrayList<>(lexicon.withFold(Folding.fold(v.substring(0, split))));
            if (v.charAt(split - 1) == 's' && split > 3) {
                for (String head : lexicon.withFold(Folding.fold(v.substring(0, split - 1)))) {
                    heads.add(head + "s");
                }
            }
            for (String head : heads) {
                for (String tail : tails) {
                    String word = head + tail;
                    double cost = variant.cost() + OcrConfusions.diacriticCost(v, word, stripped) + COMPOUND_COST;
                    if (cost > OcrConfusions.MAX_COST || !tried.add(word) || budget[0] <= 0) {
                        continue;
                    }
                    budget[0]--;
                    if (lexicon.spells(word)) {
                        composed.add(word);
                        offer(best, new Candidate(word, cost, stripped[0],
                                variant.confusions() > 0 ? "misread+compound" : "compound"));
                    }
                }
            }
        }
    }

    /**
     * Puts back up to three diacritics (on a, o) in {@code variant} and keeps what Hunspell accepts. A compound ends
     * in a listed word, so only spellings whose last part (three letters or more) is a listed form with that fold are
     * asked about; the diacritics of the first part are placed freely.
     */
    private void restoreDiacritics(OcrConfusions.Variant variant, Map<String, Candidate> best, int[] budget) {
        String v = variant.text();
        Set<String> tried = new HashSet<>();
        for (int split = 2; split + 3 <= v.length() && budget[0] > 0; split++) {
            List<String> tails = lexicon.withFold(Folding.fold(v.substring(split)));
            for (String tail : tails) {
                int placed = 0;
                boolean plain = true;
                for (int i = 0; i < tail.length(); i++) {
                    char t = tail.charAt(i);
                    char p = v.charAt(split + i);
                    if (t != p) {
                        plain &= Folding.fold(t) == p;
                        placed++;
                    }
                }
                if (!plain || placed > MAX_RESTORED) {
                    continue;
                }
                char[] head = v.substring(0, split).toCharArray();
                List<Integer> spots = new ArrayList<>();
                for (int i = 0; i < head.length; i++) {
                    if (head[i] == 'a' || head[i] == 'o') {
                        spots.add(i);
                    }
                }
                for (int k = 0; k + placed <= MAX_RESTORED && budget[0] > 0; k++) {
                    place(head, tail, spots, 0, k, variant, best, budget, tried);
                }
            }
        }
    }

    private void place(char[] head, String tail, List<Integer> spots, int from, int left, OcrConfusions.Variant variant,
            Map<String, Candidate> best, int[] budget, Set<String> tried) {
        if (budget[0] <= 0) {
            return;
        }
        if (left == 0) {
            String word = new String(head) + tail;
            if (word.equals(variant.text()) || best.containsKey(word) || !tried.add(word)) {
                return;
            }
            budget[0]--;
            if (lexicon.spells(word)) {
                int stripped = 0;
                for (int i = 0; i < word.length(); i++) {
                    stripped += word.charAt(i) != variant.text().charAt(i) ? 1 : 0;
                }
                offer(best, new Candidate(word, variant.cost() + COMPOUND_COST, stripped,
                        variant.confusions() > 0 ? "misread+compound" : "compound"));
            }
            return;
        }
        for (int s = from; s < spots.size(); s++) {
            int at = spots.get(s);
            char plain = head[at];
            for (char accented : plain == 'a' ? new char[] {'ä', 'å'} : new char[] {'ö'}) {
                head[at] = accented;
                place(head, tail, spots, s + 1, left - 1, variant, best, budget, tried);
            }
            head[at] = plain;
        }
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

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}

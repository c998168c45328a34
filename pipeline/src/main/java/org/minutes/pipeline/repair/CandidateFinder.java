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
            // two listed parts, then the variants with diacritics put back.
            lettersOnly.sort((a, b) -> Double.compare(a.cost(), b.cost()));
            int[] budget = {MAX_SPELL_CHECKS};
            List<OcrConfusions.Variant> cheapest = lettersOnly.subList(0, Math.min(6, lettersOnly.size()));
            for (OcrConfusions.Variant variant : cheapest) {
                if (budget[0]-- > 0 && lexicon.spells(variant.text())) {
                    offer(best, new Candidate(variant.text(), variant.cost() + COMPOUND_COST, 0,
                            variant.confusions() > 0 ? "misread+compound" : "word"));
                }
            }
            for (OcrConfusions.Variant variant : cheapest) {
                compounds(variant, best, budget);
            }
            for (OcrConfusions.Variant variant : cheapest) {
                restoreDiacritics(variant, best, budget);
            }
        }
        List<Candidate> list = new ArrayList<>(best.values());
        list.sort((a, b) -> a.cost(1) != b.cost(1) ? Double.compare(a.cost(1), b.cost(1)) : a.word().compareTo(b.word()));
        return List.copyOf(list);
    }

    /** Two-part compounds whose parts are listed (the first perhaps with a linking s) and Hunspell accepts. */
    private void compounds(OcrConfusions.Variant variant, Map<String, Candidate> best, int[] budget) {
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
                        offer(best, new Candidate(word, cost, stripped[0],
                                variant.confusions() > 0 ? "misread+compound" : "compound"));
                    }
                }
            }
        }
    }

    /** Puts back up to three diacritics (on a, o) in {@code variant} and keeps what Hunspell accepts. */
    private void restoreDiacritics(OcrConfusions.Variant variant, Map<String, Candidate> best, int[] budget) {
        String v = variant.text();
        List<Integer> spots = new ArrayList<>();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == 'a' || c == 'o') {
                spots.add(i);
            }
        }
        char[] chars = v.toCharArray();
        for (int k = 1; k <= 3 && budget[0] > 0; k++) {
            place(chars, spots, 0, k, variant, best, budget);
        }
    }

    private void place(char[] chars, List<Integer> spots, int from, int left, OcrConfusions.Variant variant,
            Map<String, Candidate> best, int[] budget) {
        if (budget[0] <= 0) {
            return;
        }
        if (left == 0) {
            String word = new String(chars);
            budget[0]--;
            if (!best.containsKey(word) && lexicon.spells(word)) {
                int stripped = 0;
                for (int i = 0; i < chars.length; i++) {
                    stripped += chars[i] != variant.text().charAt(i) ? 1 : 0;
                }
                offer(best, new Candidate(word, variant.cost() + COMPOUND_COST, stripped,
                        variant.confusions() > 0 ? "misread+compound" : "compound"));
            }
            return;
        }
        for (int s = from; s < spots.size(); s++) {
            int at = spots.get(s);
            char plain = chars[at];
            for (char accented : plain == 'a' ? new char[] {'ä', 'å'} : new char[] {'ö'}) {
                chars[at] = accented;
                place(chars, spots, s + 1, left - 1, variant, best, budget);
            }
            chars[at] = plain;
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

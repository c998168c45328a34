package org.minutes.pipeline.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutes.pipeline.lexicon.Folding;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/**
 * Reads a token as a Swedish compound of listed words, diacritics restored: {@code nattharbarge} → {@code natt} +
 * {@code härbärge}, {@code stodboendeplatser} → {@code stöd} + {@code boende} + {@code platser}.
 *
 * <p>Swedish writes compounds as one word, so most words of a minutes text are in no word list, and OCR damages them
 * like any other word. The splitter works on folds (see {@link Folding}): every split point of the token's fold is
 * looked up in the lexicon's fold index, so one pass finds the parts and, with them, the diacritics the token lost.
 * The last part is any listed form (it carries the inflection); the parts before it are compounding forms of listed
 * words: the word itself ({@code natt-}), with a linking {@code s} ({@code bostads-}), with its final {@code e}
 * replaced by {@code s} ({@code arbete} → {@code arbets-}), a plural without its {@code r} ({@code föräldra-}), a
 * word without its final {@code a} or {@code e} ({@code skola} → {@code skol-}), and for nouns the final {@code a}
 * changed to {@code u}, {@code o} or {@code e} ({@code gatu-}, {@code kyrko-}, {@code förskole-}) or a linking
 * {@code e} ({@code tjänste-}). Names are never parts. Two parts, or three when no two fit; each of three letters or
 * more.
 *
 * <p>Where parts with the same fold differ ({@code vård-}/{@code värd-}), each reading is kept, and a part the
 * counted text uses less costs more: {@link Reading#cost()} holds −log of its share among its same-fold twins, plus
 * {@link #UNSEEN_PART_COST} for each part the counts never saw.
 *
 * <p>Only hash lookups, no Hunspell: fast enough to run on every unknown token. Stateless apart from the lexicon;
 * thread-safe.
 */
final class CompoundSplitter {

    /** A compound reading of a token: the word, and the cost of choosing its parts among same-fold twins. */
    record Reading(String word, int parts, double cost) {
    }

    static final int MIN_PART = 3;
    private static final int MAX_READINGS = 12;
    private static final int MIN_ARCHIVE_ONLY_COUNT = 5;
    private static final double UNSEEN_PART_COST = 0.7;
    private static final int PART_USES_LIMIT = 100_000;

    /** The filters of a lexicon, built once for it (they take a fraction of a second and about 4 MB). */
    private static final PerLexicon<FoldFilter[]> FILTERS = new PerLexicon<>(CompoundSplitter::filters);

    private final SwedishLexicon lexicon;
    /** Folds of every possible last part. */
    private final FoldFilter tailKeys;
    /** Folds of every possible compounding form, as the token spells it. */
    private final FoldFilter headKeys;
    /**
     * {@link #lastPartUses} and {@link #firstPartUses} by part (each a scan of the word list; bounded): facts about
     * the language data, so kept with the lexicon and shared by every splitter over it, like the filters.
     */
    private final Map<String, Integer> partUses;
    private static final PerLexicon<Map<String, Integer>> PART_USES =
            new PerLexicon<>(lexicon -> new java.util.concurrent.ConcurrentHashMap<>());

    CompoundSplitter(SwedishLexicon lexicon) {
        this.lexicon = lexicon;
        FoldFilter[] filters = filtersOf(lexicon);
        this.tailKeys = filters[0];
        this.headKeys = filters[1];
        this.partUses = PART_USES.of(lexicon);
    }

    /**
     * The filters of {@code lexicon}: possible last parts, possible compounding forms, every fold the lexicon lists
     * (for {@link CandidateFinder}'s lookups), and the folds two or more listed words share (vård/värd; for
     * {@link LastParts}).
     */
    static FoldFilter[] filtersOf(SwedishLexicon lexicon) {
        return FILTERS.of(lexicon);
    }

    /** Every fold a part can have, by the rules of {@link #heads(String, String, int, int)}. */
    private static FoldFilter[] filters(SwedishLexicon lexicon) {
        IntList tails = new IntList();
        IntList heads = new IntList();
        IntList listed = new IntList();
        for (int id = 0; id < lexicon.size(); id++) {
            String word = lexicon.word(id);
            if (!lexicon.listed(id)) {
                continue;
            }
            listed.add(foldHash(word));
            if (!usable(lexicon, id, word)) {
                continue;
            }
            // String hashes of the fold and of the fold without its last letter, computed without building them.
            int stem = 0;
            for (int i = 0; i < word.length() - 1; i++) {
                stem = 31 * stem + Folding.fold(word.charAt(i));
            }
            char last = Folding.fold(word.charAt(word.length() - 1));
            int fold = 31 * stem + last;
            tails.add(fold);
            heads.add(fold);
            heads.add(31 * fold + 's');
            heads.add(31 * fold + 'e');
            if (last == 'e') {
                heads.add(31 * stem + 's');
            }
            if (last == 'a') {
                heads.add(31 * stem + 'u');
                heads.add(31 * stem + 'o');
                heads.add(31 * stem + 'e');
            }
            if (last == 'a' || last == 'e' || last == 'r') {
                heads.add(stem);
            }
        }
        // Folds two listed words share: equal neighbours once the fold hashes are sorted.
        int[] folds = listed.toArray();
        Arrays.sort(folds);
        IntList twins = new IntList();
        for (int i = 1; i < folds.length; i++) {
            if (folds[i] == folds[i - 1] && (twins.size == 0 || twins.values[twins.size - 1] != folds[i])) {
                twins.add(folds[i]);
            }
        }
        return new FoldFilter[] {filterOf(tails), filterOf(heads), filterOf(listed), filterOf(twins)};
    }

    private static FoldFilter filterOf(IntList hashes) {
        FoldFilter filter = FoldFilter.forKeys(hashes.size);
        for (int i = 0; i < hashes.size; i++) {
            filter.add(hashes.values[i]);
        }
        return filter;
    }

    /**
     * Every reading of {@code token} (lower case, letters only) as a compound of two or three parts whose letters
     * agree with the token's up to diacritics; the caller prices the diacritics that differ.
     */
    List<Reading> readings(String token) {
        return readings(token, true);
    }

    /** As {@link #readings(String)}; three parts are tried only when {@code threeParts}. */
    List<Reading> readings(String token, boolean threeParts) {
        String fold = Folding.fold(token);
        List<Reading> out = new ArrayList<>();
        for (Part agent : agentNouns(token, fold, 0)) {
            out.add(new Reading(agent.text, 1, agent.cost));
        }
        if (fold.length() >= 2 * MIN_PART) {
            Map<Integer, List<Part>> heads = new HashMap<>();
            split(token, fold, false, heads, out);
            if (threeParts && out.isEmpty() && fold.length() >= 3 * MIN_PART) {
                split(token, fold, true, heads, out);
            }
            out.sort((x, y) -> Double.compare(x.cost(), y.cost()));
        }
        return out.size() > MAX_READINGS ? List.copyOf(out.subList(0, MAX_READINGS)) : out;
    }

    /** Adds the readings in two parts, or in three when {@code threeParts}. */
    private void split(String token, String fold, boolean threeParts, Map<Integer, List<Part>> heads,
            List<Reading> out) {
        int n = fold.length();
        for (int split = n - MIN_PART; split >= (threeParts ? 2 : 1) * MIN_PART; split--) {
            List<Part> tails = tails(token, fold, split);
            if (tails.isEmpty()) {
                continue;
            }
            List<Part> before = threeParts ? twoHeads(token, fold, split, heads) : heads(token, fold, 0, split, heads);
            for (Part head : before) {
                for (Part tail : tails) {
                    out.add(new Reading(head.text + tail.text, head.parts + 1, head.cost + tail.cost));
                }
            }
        }
    }

    /** A run of compound parts: its spelling, how many parts, and the cost of its same-fold choices. */
    private record Part(String text, int parts, double cost) {
    }

    /** {@link String#hashCode()} of the fold of {@code word}, without building the fold. */
    static int foldHash(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + Folding.fold(word.charAt(i));
        }
        return h;
    }

    private List<Part> tails(String token, String fold, int from) {
        List<Part> agents = agentNouns(token, fold, from);
        if (!tailKeys.mayContain(fold, from, fold.length())) {
            return agents;
        }
        int[] ids = usable(fold.substring(from));
        List<String> forms = new ArrayList<>(ids.length);
        for (int id : ids) {
            forms.add(lexicon.word(id));
        }
        List<Part> listed = priced(token, from, forms, ids, true);
        if (agents.isEmpty()) {
            return listed;
        }
        List<Part> out = new ArrayList<>(listed);
        out.addAll(agents);
        return out;
    }

    /**
     * The endings of nouns formed from a verb in {@code -a} by its stem: the agent ({@code -are}, {@code -aren},
     * {@code -arna}, with genitives) and the act ({@code -andet}: {@code förelägga} → {@code föreläggandet}; the
     * dictionary has the participle in {@code -ande} itself).
     */
    private static final String[] AGENT_ENDINGS = {"are", "aren", "arna", "ares", "arens", "arnas", "andet", "andets"};
    /**
     * What reading a word as an agent noun costs beyond its verb's price: the derivation is productive but the
     * dictionary lists the common agent nouns itself.
     */
    static final double AGENT_COST = 0.5;

    /**
     * {@code fold[from, end)} read as the agent noun (or the act) of a listed verb in {@code -a}: {@code bläddra} →
     * {@code bläddrare}, {@code multiplicera} → {@code multiplicerare}, {@code samordna} → {@code samordnarna}. The
     * dictionary lists the common ones; the rest, in compounds above all ({@code filbläddrare},
     * {@code bildrenderare}), it lacks, and without this rule they read as some rare form ending in {@code -äre}.
     */
    private List<Part> agentNouns(String token, String fold, int from) {
        for (String ending : AGENT_ENDINGS) {
            int stemEnd = fold.length() - ending.length();
            if (stemEnd - from < MIN_PART || !fold.endsWith(ending)) {
                continue;
            }
            List<String> spelled = new ArrayList<>(2);
            IntList base = new IntList();
            for (int id : usable(fold.substring(from, stemEnd) + "a")) {
                if ((lexicon.bits(id) & SwedishLexicon.INFINITIVE) != 0) {
                    String verb = lexicon.word(id);
                    spelled.add(verb.substring(0, verb.length() - 1) + ending);
                    base.add(id);
                }
            }
            List<Part> priced = priced(token, from, spelled, base.toArray(), false);
            if (!priced.isEmpty()) {
                List<Part> out = new ArrayList<>(priced.size());
                for (Part p : priced) {
                    out.add(new Part(p.text, p.parts, p.cost + AGENT_COST));
                }
                return out;
            }
        }
        return List.of();
    }

    /** Readings of {@code fold[0, end)} as two compounding forms. */
    private List<Part> twoHeads(String token, String fold, int end, Map<Integer, List<Part>> memo) {
        List<Part> out = new ArrayList<>();
        for (int mid = end - MIN_PART; mid >= MIN_PART; mid--) {
            List<Part> second = heads(token, fold, mid, end, memo);
            if (second.isEmpty()) {
                continue;
            }
            for (Part first : heads(token, fold, 0, mid, memo)) {
                for (Part s : second) {
                    out.add(new Part(first.text + s.text, 2, first.cost + s.cost));
                }
            }
        }
        return out;
    }

    /** {@link #heads(String, String, int, int)}, remembered for the token in {@code memo}. */
    private List<Part> heads(String token, String fold, int from, int to, Map<Integer, List<Part>> memo) {
        int key = from * 1024 + to;
        List<Part> found = memo.get(key);
        if (found == null) {
            found = heads(token, fold, from, to);
            memo.put(key, found);
        }
        return found;
    }

    /** The compounding forms whose fold is {@code fold[from, to)} and whose letters agree with the token's. */
    private List<Part> heads(String token, String fold, int from, int to) {
        if (!headKeys.mayContain(fold, from, to)) {
            return List.of();
        }
        String key = fold.substring(from, to);
        List<String> spelled = new ArrayList<>(4);
        IntList base = new IntList();
        for (int id : usable(key)) {
            spelled.add(lexicon.word(id));
            base.add(id);
        }
        char last = key.charAt(key.length() - 1);
        String stem = key.substring(0, key.length() - 1);
        if (last == 's' && stem.length() >= MIN_PART) {
            for (int id : usable(stem)) {
                spelled.add(lexicon.word(id) + "s");
                base.add(id);
            }
            for (int id : usable(stem + "e")) {
                String w = lexicon.word(id);
                spelled.add(w.substring(0, w.length() - 1) + "s");
                base.add(id);
            }
        }
        if ((last == 'u' || last == 'o' || last == 'e') && stem.length() >= MIN_PART - 1) {
            // gata → gatu-, kyrka → kyrko-, skola → skole-: nouns only.
            for (int id : usable(stem + "a")) {
                if (noun(id)) {
                    String w = lexicon.word(id);
                    spelled.add(w.substring(0, w.length() - 1) + last);
                    base.add(id);
                }
            }
        }
        if (last == 'e' && stem.length() >= MIN_PART) {
            // A linking e follows nouns (tjänst → tjänste-), not adjectives (varm + e is no compounding form).
            for (int id : usable(stem)) {
                if (noun(id)) {
                    spelled.add(lexicon.word(id) + "e");
                    base.add(id);
                }
            }
        }
        for (String end : new String[] {"a", "e", "r"}) {
            for (int id : usable(key + end)) {
                String w = lexicon.word(id);
                spelled.add(w.substring(0, w.length() - 1));
                base.add(id);
            }
        }
        return priced(token, from, spelled, base.toArray(), false);
    }

    /** A growable list of ints, to keep word numbers unboxed. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * The spellings that agree with the token at {@code from}, each costing −log of its share of them: for the
     * {@code last} part, its share of the compounds in real Swedish text that end in one of them
     * ({@link #lastPartUses}: {@code -vård} 64, {@code -värd} 28), for a part before it the share of those they
     * begin ({@link #firstPartUses}); when the text has none of them, its base word's share of the counts.
     */
    private List<Part> priced(String token, int from, List<String> spelled, int[] base, boolean last) {
        int n = spelled.size();
        if (n == 0) {
            return List.of();
        }
        if (n == 1) {
            // The usual case, without the bookkeeping below.
            String s = spelled.get(0);
            return agrees(token, from, s)
                    ? List.of(new Part(s, 1, lexicon.count(base[0]) == 0 ? UNSEEN_PART_COST : 0))
                    : List.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String s = spelled.get(i);
            if (agrees(token, from, s)) {
                counts.merge(s, lexicon.count(base[i]), Math::max);
            }
        }
        Map<String, Integer> shares = counts;
        if (counts.size() > 1) {
            Map<String, Integer> uses = new LinkedHashMap<>();
            long sum = 0;
            for (String s : counts.keySet()) {
                int c = last ? lastPartUses(s) : firstPartUses(s);
                uses.put(s, c);
                sum += c;
            }
            if (sum > 0) {
                shares = uses;
            }
        }
        List<Part> out = new ArrayList<>(counts.size());
        long total = 0;
        for (int c : shares.values()) {
            total += c;
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int share = shares.get(e.getKey());
            double cost = counts.size() == 1 ? 0 : -Math.log((share + 0.5) / (total + 0.5 * counts.size()));
            if (e.getValue() == 0) {
                // A part the counted text never uses is weaker evidence for a compound.
                cost += UNSEEN_PART_COST;
            }
            out.add(new Part(e.getKey(), 1, cost));
        }
        return out;
    }

    /**
     * How many forms of real Swedish text ({@link SwedishLexicon#compoundsEndingIn}) end in {@code part} after
     * letters that could begin a compound: {@code elevråden} counts for {@code råden}, {@code områden} does not.
     */
    int lastPartUses(String part) {
        return partUses("-" + part, () -> lexicon.compoundsEndingIn(part, MIN_PART,
                rest -> headKeys.mayContain(foldHash(rest))));
    }

    /**
     * How many forms of real Swedish text begin with {@code part} followed by letters that could end a compound:
     * {@code vårdplan} counts for {@code vård}, {@code vårdnad} does not.
     */
    int firstPartUses(String part) {
        return partUses(part + "-", () -> lexicon.compoundsStartingWith(part, MIN_PART,
                rest -> tailKeys.mayContain(foldHash(rest))));
    }

    private int partUses(String key, java.util.function.IntSupplier count) {
        Integer known = partUses.get(key);
        if (known == null) {
            known = count.getAsInt();
            if (partUses.size() >= PART_USES_LIMIT) {
                partUses.clear();
            }
            partUses.put(key, known);
        }
        return known;
    }

    /** A noun and not also an adjective. */
    private boolean noun(int id) {
        int bits = lexicon.bits(id);
        return (bits & SwedishLexicon.NOUN) != 0 && (bits & SwedishLexicon.ADJECTIVE) == 0;
    }

    /**
     * Forms usable as compound parts: dictionary words that are not names only, words of the shipped counts (all
     * accepted by Hunspell), and words the archive alone taught when it met them often.
     */
    private int[] usable(String fold) {
        int[] ids = lexicon.idsWithFold(fold);
        int n = 0;
        for (int id : ids) {
            if (usable(lexicon, id, lexicon.word(id))) {
                ids[n++] = id;
            }
        }
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }

    private static boolean usable(SwedishLexicon lexicon, int id, String f) {
        int bits = lexicon.bits(id);
        boolean dictionary = bits != 0 && (bits & SwedishLexicon.CAPITALISED) == 0;
        // The shipped counts hold only words Hunspell accepts; what the archive alone taught must be common there.
        int count = lexicon.count(id);
        int learned = lexicon.archiveCount(id);
        boolean counted = count > learned || learned >= MIN_ARCHIVE_ONLY_COUNT;
        return (dictionary || counted) && !f.isEmpty() && f.indexOf('-') < 0 && f.indexOf(' ') < 0
                && f.charAt(0) != '<';
    }

    /**
     * True when {@code part}, placed at {@code from}, has the token's letters there up to diacritics the token lacks
     * or has differently (which the caller prices).
     */
    private static boolean agrees(String token, int from, String part) {
        if (from + part.length() > token.length()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (Folding.fold(part.charAt(i)) != Folding.fold(token.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }
}

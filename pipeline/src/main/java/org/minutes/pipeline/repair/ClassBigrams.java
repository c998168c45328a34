package org.minutes.pipeline.repair;

import java.util.Arrays;
import org.minutes.pipeline.lexicon.SwedishLexicon;
import org.minutes.pipeline.lexicon.WordCounts;

/**
 * A bigram model over word classes, estimated from the lexicon's pair counts, for context the word pairs alone have
 * never seen: after {@code att} an infinitive is likely, after a preposition a noun phrase, after a number a noun,
 * before a plural noun a plural possessive.
 *
 * <p>Classes: each of the {@link #OWN_CLASSES} most frequent words is a class of its own (function words such as
 * {@code att}, {@code ska}, {@code för} behave each in their own way); the other verbs that the counts show governing
 * an infinitive share one class ({@link #GOVERNS_SHARE}); every other word belongs to the part-of-speech classes of
 * its Morfologik tags (finer for verbs and nouns), its count shared evenly among them. The model gives
 * {@link #factor}: how much likelier a word is after another than its frequency alone says.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class ClassBigrams {

    /**
     * A verb is in the class of verbs that govern an infinitive ({@code kunna}, {@code kunnat}, {@code behöver},
     * {@code försöker}) when at least this many of the counted pairs start with it, and at least this share of
     * those go on with an infinitive. The part-of-speech tags do not tell them from other verbs, and in the tags'
     * classes a supine is seldom followed by an infinitive ({@code har kunnat tillsätta} read as {@code tillsatta}).
     */
    static final double GOVERNS_MIN = 10;
    static final double GOVERNS_SHARE = 0.25;

    /** The most frequent words that are classes of their own. */
    static final int OWN_CLASSES = 80;
    /**
     * The class factor is damped (raised to this power): the classes come from a small corpus and ambiguous tags.
     * Chosen on the rendered pairs (0.5, 0.75, 1, 1.25 tried), not on the seed scan; with sentence ends given their
     * real share, 1 fixes two more words on the pairs but turns {@code alla var på plats} into {@code vår}.
     */
    static final double WEIGHT = 0.75;
    private static final int NOUN = 0;
    private static final int NOUN_DEFINITE = 1;
    private static final int NOUN_PLURAL = 2;
    private static final int NOUN_GENITIVE = 3;
    private static final int INFINITIVE = 4;
    private static final int PRESENT = 5;
    private static final int PAST = 6;
    private static final int SUPINE = 7;
    private static final int PARTICIPLE = 8;
    private static final int ADJECTIVE = 9;
    private static final int ADVERB = 10;
    private static final int PREPOSITION = 11;
    private static final int CONJUNCTION = 12;
    private static final int PRONOUN = 13;
    private static final int NAME = 14;
    private static final int NUMBER = 15;
    private static final int BOUNDARY = 16;
    private static final int OTHER = 17;
    private static final int POS_CLASSES = 18;

    /** Word number → index into {@link #sets}: the classes of the word. */
    private final int[] setOf;
    private final int[][] sets;
    private final int otherSet;
    private final int classes;
    /** P(next class | class), smoothed. */
    private final double[][] next;
    /** P(class) among all tokens. */
    private final double[] prior;
    /** {@link #factor} between two words of one class each, by class: (P(right | left) / P(right))^WEIGHT. */
    private final double[][] single;

    /**
     * The model of {@code lexicon}, estimated once per lexicon (it takes about a tenth of a second) and kept with
     * it.
     */
    static ClassBigrams of(SwedishLexicon lexicon) {
        return MODELS.of(lexicon);
    }

    private static final PerLexicon<ClassBigrams> MODELS = new PerLexicon<>(ClassBigrams::new);

    private ClassBigrams(SwedishLexicon lexicon) {
        int size = lexicon.size();
        int[] own = new int[size];
        Arrays.fill(own, -1);
        Integer[] byCount = new Integer[size];
        for (int i = 0; i < size; i++) {
            byCount[i] = i;
        }
        int boundaryId = lexicon.id(WordCounts.BOUNDARY);
        int numberId = lexicon.id(WordCounts.NUMBER);
        Arrays.sort(byCount, (a, b) -> lexicon.count(b) != lexicon.count(a)
                ? Integer.compare(lexicon.count(b), lexicon.count(a)) : Integer.compare(a, b));
        int k = 0;
        for (int i = 0; i < size && k < OWN_CLASSES; i++) {
            int id = byCount[i];
            if (id != boundaryId && id != numberId && lexicon.listed(id)) {
                own[id] = POS_CLASSES + k++;
            }
        }
        // Verbs that govern an infinitive (kunna, kunnat, behöver): one class, found in the counts.
        double[] followers = new double[size];
        double[] infinitives = new double[size];
        lexicon.forEachPair((left, right, count) -> {
            followers[left] += count;
            int bits = lexicon.bits(right);
            if ((bits & SwedishLexicon.INFINITIVE) != 0 && (bits & (SwedishLexicon.NOUN | SwedishLexicon.ADJECTIVE
                    | SwedishLexicon.PRESENT | SwedishLexicon.PAST_TENSE)) == 0) {
                infinitives[left] += count;
            }
        });
        // A verb's forms share the habit (vågar is seen before infinitives, våga seldom seen at all): the counts of
        // the regular forms of one stem are pooled (a form joins its stem only when its tag fits its ending, so the
        // noun villa does not join vill, nor the past skar the present ska).
        java.util.Map<String, double[]> byStem = new java.util.HashMap<>();
        for (int id = 0; id < size; id++) {
            String stem = followers[id] > 0 ? verbStem(lexicon.word(id), lexicon.bits(id)) : null;
            if (stem != null) {
                double[] pooled = byStem.computeIfAbsent(stem, key -> new double[2]);
                pooled[0] += followers[id];
                pooled[1] += infinitives[id];
            }
        }
        boolean[] governing = new boolean[size];
        boolean anyGoverns = false;
        for (int id = 0; id < size; id++) {
            if (own[id] >= 0 || (lexicon.bits(id) & SwedishLexicon.VERB) == 0) {
                continue;
            }
            String stem = verbStem(lexicon.word(id), lexicon.bits(id));
            double[] pooled = stem == null ? new double[2] : byStem.getOrDefault(stem, new double[2]);
            if (followers[id] >= GOVERNS_MIN && infinitives[id] >= GOVERNS_SHARE * followers[id]
                    || pooled[0] >= GOVERNS_MIN && pooled[1] >= GOVERNS_SHARE * pooled[0]) {
                governing[id] = true;
                anyGoverns = true;
            }
        }
        classes = POS_CLASSES + k + (anyGoverns ? GOVERNING_FORMS : 0);
        int governs = POS_CLASSES + k;
        setOf = new int[size];
        java.util.Map<String, Integer> distinct = new java.util.HashMap<>();
        java.util.List<int[]> list = new java.util.ArrayList<>();
        for (int id = 0; id < size; id++) {
            int[] c = own[id] >= 0 ? new int[] {own[id]} : id == boundaryId ? new int[] {BOUNDARY}
                    : id == numberId ? new int[] {NUMBER}
                    : governing[id] ? governingClasses(lexicon.bits(id), governs) : posClasses(lexicon.bits(id));
            setOf[id] = distinct.computeIfAbsent(Arrays.toString(c), key -> {
                list.add(c);
                return list.size() - 1;
            });
        }
        otherSet = distinct.computeIfAbsent(Arrays.toString(new int[] {OTHER}), key -> {
            list.add(new int[] {OTHER});
            return list.size() - 1;
        });
        sets = list.toArray(int[][]::new);
        double[][] pairs = new double[classes][classes];
        double[] totals = new double[classes];
        lexicon.forEachPair((left, right, count) -> {
            int[] lc = classesOf(left);
            int[] rc = classesOf(right);
            double share = count / (double) (lc.length * rc.length);
            for (int l : lc) {
                for (int r : rc) {
                    pairs[l][r] += share;
                }
            }
        });
        for (int id = 0; id < size; id++) {
            int count = lexicon.count(id);
            if (count > 0) {
                int[] c = classesOf(id);
                for (int x : c) {
                    totals[x] += count / (double) c.length;
                }
            }
        }
        // Sentence ends are not words, so no unigram count holds them: their share is how often a pair ends in one.
        // (Without it P(boundary) was near zero, and the factor of any word before a boundary in the hundreds.)
        for (int l = 0; l < classes; l++) {
            totals[BOUNDARY] += pairs[l][BOUNDARY];
        }
        double all = Arrays.stream(totals).sum();
        prior = new double[classes];
        next = new double[classes][classes];
        for (int c = 0; c < classes; c++) {
            prior[c] = (totals[c] + 1) / (all + classes);
        }
        single = new double[classes][classes];
        for (int l = 0; l < classes; l++) {
            double row = Arrays.stream(pairs[l]).sum();
            for (int r = 0; r < classes; r++) {
                // Backs off to the prior when a class was seldom seen on the left.
                next[l][r] = (pairs[l][r] + 20 * prior[r]) / (row + 20);
                single[l][r] = Math.pow(next[l][r] / prior[r], WEIGHT);
            }
        }
    }

    /** The classes of the verbs that govern an infinitive, by form: infinitive, finite, supine or participle. */
    private static final int GOVERNING_FORMS = 3;

    /**
     * The classes of a verb that governs an infinitive, with part-of-speech {@code bits}: its forms' governing
     * classes (from {@code first} on: infinitive, finite, supine), and the classes of its other parts of speech (the
     * noun {@code vågar}, scales, stays a plural noun too).
     */
    private static int[] governingClasses(int bits, int first) {
        int verbForms = SwedishLexicon.VERB | SwedishLexicon.INFINITIVE | SwedishLexicon.PRESENT
                | SwedishLexicon.PAST_TENSE | SwedishLexicon.SUPINE | SwedishLexicon.PARTICIPLE
                | SwedishLexicon.IMPERATIVE;
        int[] others = (bits & ~verbForms & POS_BITS) == 0 ? new int[0] : posClasses(bits & ~verbForms);
        int[] out = Arrays.copyOf(others, others.length + GOVERNING_FORMS);
        int n = others.length;
        if ((bits & (SwedishLexicon.INFINITIVE | SwedishLexicon.IMPERATIVE)) != 0) {
            out[n++] = first;
        }
        if ((bits & (SwedishLexicon.PRESENT | SwedishLexicon.PAST_TENSE)) != 0
                || (bits & (SwedishLexicon.INFINITIVE | SwedishLexicon.IMPERATIVE | SwedishLexicon.SUPINE
                        | SwedishLexicon.PARTICIPLE)) == 0) {
            out[n++] = first + 1;
        }
        if ((bits & (SwedishLexicon.SUPINE | SwedishLexicon.PARTICIPLE)) != 0) {
            out[n++] = first + 2;
        }
        return Arrays.copyOf(out, n);
    }

    /** The part-of-speech bits {@link #posClasses} reads. */
    private static final int POS_BITS = SwedishLexicon.NOUN | SwedishLexicon.VERB | SwedishLexicon.ADJECTIVE
            | SwedishLexicon.ADVERB | SwedishLexicon.PREPOSITION | SwedishLexicon.CONJUNCTION | SwedishLexicon.PRONOUN
            | SwedishLexicon.NAME;

    /**
     * The endings of regular Swedish verb forms, longest first, each with the tag a form so ending must have:
     * våg-ade, behöv-de, köp-te (past), våg-ar, behöv-er, bo-r (present), våg-at, behöv-t (supine), våg-a.
     */
    private static final String[] VERB_ENDINGS = {"ade", "de", "te", "ar", "er", "at", "a", "t", "r"};
    private static final int[] ENDING_TAGS = {SwedishLexicon.PAST_TENSE, SwedishLexicon.PAST_TENSE,
        SwedishLexicon.PAST_TENSE, SwedishLexicon.PRESENT, SwedishLexicon.PRESENT, SwedishLexicon.SUPINE,
        SwedishLexicon.INFINITIVE, SwedishLexicon.SUPINE, SwedishLexicon.PRESENT};

    /**
     * {@code verb} (with part-of-speech {@code bits}) without its regular ending ({@code vågar} → {@code våg}), or
     * null when it is no verb, has no such ending, or is not the form its ending makes ({@code skar} is a past,
     * not a present in -r).
     */
    static String verbStem(String verb, int bits) {
        if ((bits & SwedishLexicon.VERB) == 0) {
            return null;
        }
        for (int i = 0; i < VERB_ENDINGS.length; i++) {
            String ending = VERB_ENDINGS[i];
            if (verb.length() >= ending.length() + 3 && verb.endsWith(ending)) {
                return (bits & ENDING_TAGS[i]) != 0 ? verb.substring(0, verb.length() - ending.length()) : null;
            }
        }
        return null;
    }

    /**
     * How much likelier word {@code word} is right after word {@code left} than its frequency alone says:
     * Σ over the word's classes of share · P(class | left's classes) / P(class). Both are word numbers; -1 (unknown)
     * counts as the class of other words.
     */
    double factor(int left, int word) {
        int[] lc = classesOf(left);
        int[] wc = classesOf(word);
        if (lc.length == 1 && wc.length == 1) {
            return single[lc[0]][wc[0]];
        }
        double sum = 0;
        for (int w : wc) {
            double p = 0;
            for (int l : lc) {
                p += next[l][w];
            }
            sum += p / lc.length / prior[w];
        }
        return Math.pow(sum / wc.length, WEIGHT);
    }

    private int[] classesOf(int id) {
        return sets[id < 0 || id >= setOf.length ? otherSet : setOf[id]];
    }

    private static int[] posClasses(int bits) {
        int[] out = new int[POS_CLASSES];
        int n = 0;
        if ((bits & SwedishLexicon.NOUN) != 0) {
            if ((bits & SwedishLexicon.GENITIVE) != 0) {
                out[n++] = NOUN_GENITIVE;
            } else if ((bits & SwedishLexicon.PLURAL) != 0) {
                out[n++] = NOUN_PLURAL;
            } else if ((bits & SwedishLexicon.DEFINITE) != 0) {
                out[n++] = NOUN_DEFINITE;
            } else {
                out[n++] = NOUN;
            }
        }
        if ((bits & SwedishLexicon.VERB) != 0) {
            if ((bits & SwedishLexicon.INFINITIVE) != 0) {
                out[n++] = INFINITIVE;
            }
            if ((bits & SwedishLexicon.PRESENT) != 0) {
                out[n++] = PRESENT;
            }
            if ((bits & SwedishLexicon.PAST_TENSE) != 0) {
                out[n++] = PAST;
            }
            if ((bits & SwedishLexicon.SUPINE) != 0) {
                out[n++] = SUPINE;
            }
            if ((bits & SwedishLexicon.PARTICIPLE) != 0) {
                out[n++] = PARTICIPLE;
            }
        }
        if ((bits & SwedishLexicon.ADJECTIVE) != 0) {
            out[n++] = ADJECTIVE;
        }
        if ((bits & SwedishLexicon.ADVERB) != 0) {
            out[n++] = ADVERB;
        }
        if ((bits & SwedishLexicon.PREPOSITION) != 0) {
            out[n++] = PREPOSITION;
        }
        if ((bits & SwedishLexicon.CONJUNCTION) != 0) {
            out[n++] = CONJUNCTION;
        }
        if ((bits & SwedishLexicon.PRONOUN) != 0) {
            out[n++] = PRONOUN;
        }
        if ((bits & SwedishLexicon.NAME) != 0) {
            out[n++] = NAME;
        }
        if (n == 0) {
            out[n++] = OTHER;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}

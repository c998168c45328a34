package org.minutes.pipeline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Swedish word forms, their parts of speech and their frequencies, loaded once from the language data on the class
 * path.
 *
 * <p>Sources: the Morfologik dictionary of LanguageTool's {@code language-sv} (word forms with lemma and
 * part-of-speech tags; LGPL-2.1+ data), its Hunspell {@code sv_SE} dictionary (Den stora svenska ordlistan, LGPL-3;
 * used for compounds, which no list of forms can hold), its list of common words, and the word and pair counts in
 * {@code sv-counts.tsv} (derived from Swedish text in Debian, see the README beside it), and the Swedish first names
 * and surnames the entity extraction ships ({@code org/minutes/pipeline/extract/}): those written with a letter
 * outside a–z (Pålsson, Åkerman, Skålén) join as name-only forms, so that a name printed without its diacritics can
 * get them back. Words learned from an archive can be added with {@link #withArchive(WordCounts)}.
 *
 * <p>Words are numbered ({@link #id(String)}) so that the hot paths of repair look up counts by number, without
 * building strings. The data comes from the precomputed {@link LexiconIndex}; Hunspell, needed only for compounds,
 * loads on a background thread and is waited for on first use.
 *
 * <p>Immutable and thread-safe; {@link #shared()} loads the data once per process.
 */
public final class SwedishLexicon {

    /** Part of speech bits, from the Morfologik tags. */
    public static final int NOUN = 1;
    public static final int VERB = 1 << 1;
    public static final int ADJECTIVE = 1 << 2;
    public static final int ADVERB = 1 << 3;
    public static final int PREPOSITION = 1 << 4;
    public static final int CONJUNCTION = 1 << 5;
    public static final int PRONOUN = 1 << 6;
    public static final int NAME = 1 << 7;
    public static final int PAST_TENSE = 1 << 8;
    public static final int OTHER = 1 << 9;
    /** The word is in the list of common words. */
    public static final int COMMON = 1 << 10;
    /** The word is only known written with a capital (a proper name). */
    public static final int CAPITALISED = 1 << 11;
    /** Finer verb forms: infinitive, present, supine, imperative, participle. */
    public static final int INFINITIVE = 1 << 12;
    public static final int PRESENT = 1 << 13;
    public static final int SUPINE = 1 << 14;
    public static final int IMPERATIVE = 1 << 15;
    public static final int PARTICIPLE = 1 << 16;
    /** Finer noun forms: plural, definite, genitive, neuter gender. */
    public static final int PLURAL = 1 << 17;
    public static final int DEFINITE = 1 << 18;
    public static final int GENITIVE = 1 << 19;
    public static final int NEUTER = 1 << 20;
    public static final int INTERJECTION = 1 << 21;
    /**
     * A form of the Hunspell dictionary that the Morfologik forms lack (no part of speech known): a headword, or an
     * inflection its affix rules give of a word beginning with å, ä or ö ({@code ängen}).
     */
    public static final int SPELLED = 1 << 22;

    private static volatile SwedishLexicon shared;
    private static final String NAME_BASE = "/org/minutes/pipeline/extract/";
    private static final List<String> NAME_LISTS =
            List.of("common-first-names.txt", "datafaker-first-names.txt", "datafaker-last-names.txt");

    private final LexiconIndex base;
    /** Lower-case word → number; numbers index the arrays below. */
    private final StringIndex ids;
    private final String[] words;
    private final int[] bits;
    /** Corpus plus archive count, and the archive's share. */
    private final int[] counts;
    private final int[] archiveCounts;
    private final int[] commonRank;
    private final int[] followers;
    private final int[] predecessors;
    private final PairTable pairs;
    private final long total;
    private final long archiveTotal;
    /** Fold → the listed lower-case forms with that fold, sorted: {@link #folds} indexes {@link #foldGroups}. */
    private final StringIndex folds;
    private final int[][] foldGroups;
    private final WordCounts archive;
    /** Lower-case first names and surnames with a letter outside a–z, from the entity extraction's lists. */
    private final Set<String> names;
    private final CompletableFuture<Hunspell> hunspell;
    /** Forms seen in real Swedish text (Tesseract's Swedish word list), for telling twins apart. */
    private final AttestedWords attested;
    /** Forms of real English text (Tesseract's English word list), for English passages. */
    private final AttestedWords english;
    /** Hunspell's verdicts, which cost tens of microseconds each (bounded). */
    private final Map<String, Boolean> spelled = new ConcurrentHashMap<>();
    /** Models and filters other stages derived from this lexicon ({@link #derived}): they go when it goes. */
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private SwedishLexicon(LexiconIndex base, Set<String> names, WordCounts archive,
            CompletableFuture<Hunspell> hunspell, AttestedWords attested, AttestedWords english) {
        this.base = base;
        this.names = names;
        this.archive = archive;
        this.hunspell = hunspell;
        this.attested = attested;
        this.english = english;
        int n = base.words.length;
        Map<String, Integer> extra = new TreeMap<>();
        for (String w : names) {
            if (Arrays.binarySearch(base.words, w) < 0) {
                extra.put(w, 0);
            }
        }
        for (String w : archive.words()) {
            if (Arrays.binarySearch(base.words, w) < 0) {
                extra.put(w, 0);
            }
        }
        for (String pair : archive.pairMap().keySet()) {
            int space = pair.indexOf(' ');
            for (String w : new String[] {pair.substring(0, space), pair.substring(space + 1)}) {
                if (Arrays.binarySearch(base.words, w) < 0) {
                    extra.put(w, 0);
                }
            }
        }
        int size = n + extra.size();
        words = Arrays.copyOf(base.words, size);
        int k = n;
        for (String w : extra.keySet()) {
            words[k++] = w;
        }
        ids = new StringIndex(words);
        bits = Arrays.copyOf(base.bits, size);
        for (String w : names) {
            int id = ids.get(w);
            if (bits[id] == 0) {
                bits[id] = NAME | CAPITALISED;
            }
        }
        counts = Arrays.copyOf(base.counts, size);
        archiveCounts = new int[archive.wordMap().isEmpty() ? 0 : size];
        archive.wordMap().forEach((w, c) -> {
            int id = ids.get(w);
            counts[id] += c;
            archiveCounts[id] += c;
        });
        commonRank = new int[size];
        Arrays.fill(commonRank, -1);
        for (int r = base.common.length - 1; r >= 0; r--) {
            commonRank[base.common[r]] = r;
        }
        followers = new int[size];
        predecessors = new int[size];
        pairs = new PairTable(base.pairLeft.length + archive.pairMap().size());
        for (int i = 0; i < base.pairLeft.length; i++) {
            pairs.add(base.pairLeft[i], base.pairRight[i], base.pairCount[i]);
        }
        archive.pairMap().forEach((pair, c) -> {
            int space = pair.indexOf(' ');
            pairs.add(ids.get(pair.substring(0, space)), ids.get(pair.substring(space + 1)), c);
        });
        pairs.forEach((l, r, c) -> {
            followers[l]++;
            predecessors[r]++;
        });
        long sum = 0;
        for (int c : counts) {
            sum += c;
        }
        total = sum;
        archiveTotal = archive.total();
        Map<String, int[]> byFold = foldIndex();
        String[] foldKeys = byFold.keySet().toArray(String[]::new);
        foldGroups = new int[foldKeys.length][];
        for (int i = 0; i < foldKeys.length; i++) {
            foldGroups[i] = byFold.get(foldKeys[i]);
        }
        folds = new StringIndex(foldKeys);
    }

    /** The lexicon of this process, loaded on first use (well under a second, Hunspell aside). */
    public static SwedishLexicon shared() {
        SwedishLexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (SwedishLexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    // The word list is the one the OCR stage of this process uses too.
                    lexicon = load(AttestedWords::shared);
                    shared = lexicon;
                }
            }
        }
        return lexicon;
    }

    /**
     * Loads the language data from the class path, all of it afresh (a benchmark measures this); Hunspell loads on a
     * background thread meanwhile.
     *
     * @throws IllegalStateException when the language data is missing or unreadable (a broken installation)
     */
    public static SwedishLexicon load() {
        return load(() -> {
            try {
                return AttestedWords.shipped();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static SwedishLexicon load(java.util.function.Supplier<AttestedWords> attested) {
        CompletableFuture<Hunspell> hunspell = CompletableFuture.supplyAsync(SwedishLexicon::loadHunspell,
                runnable -> {
                    Thread thread = new Thread(runnable, "hunspell-sv-load");
                    thread.setDaemon(true);
                    thread.start();
                });
        try {
            return new SwedishLexicon(LexiconIndex.shipped(), names(), WordCounts.empty(), hunspell, attested.get(),
                    AttestedWords.english());
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read the Swedish language data: " + e.getMessage(), e);
        }
    }

    /** A lexicon that also knows the words and pairs of trustworthy archive text in {@code learned}. */
    public SwedishLexicon withArchive(WordCounts learned) {
        return new SwedishLexicon(base, names, archive.plus(learned), hunspell, attested, english);
    }

    /** The name lists' entries written with a letter outside a–z, in lower case (a few hundred). */
    private static Set<String> names() throws IOException {
        Set<String> names = new TreeSet<>();
        Locale swedish = Locale.forLanguageTag("sv");
        for (String file : NAME_LISTS) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    LexiconIndex.resource(NAME_BASE + file).openStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String name = line.strip().toLowerCase(swedish);
                    if (!name.isEmpty() && !name.startsWith("#") && name.chars().allMatch(Character::isLetter)
                            && !Folding.fold(name).equals(name)) {
                        names.add(name);
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    /** The number of {@code lower}, or -1 when the lexicon has never seen it. */
    public int id(String lower) {
        return ids.get(lower);
    }

    /** True when {@code lower} (a lower-case word) is a Swedish word form, compounds included. */
    public boolean knows(String lower) {
        return knowsListed(lower) || spells(lower);
    }

    /** True when {@code lower} is listed as a word (dictionary, corpus or archive), without compound analysis. */
    public boolean knowsListed(String lower) {
        return listed(id(lower));
    }

    /** True when word number {@code id} is listed (dictionary, corpus or archive); false for -1. */
    public boolean listed(int id) {
        return id >= 0 && (bits[id] != 0 || counts[id] > 0) && words[id].charAt(0) != '<';
    }

    /**
     * True when {@code lower} (a lower-case word form) is known to be in use: Tesseract's Swedish word list has it
     * ({@link AttestedWords}), or the counted text or the archive used it.
     */
    public boolean attested(String lower) {
        return attested.contains(lower) || count(id(lower)) > 0;
    }

    /**
     * True when {@code lower} is an English word form that is no Swedish word even with diacritics put back
     * (Tesseract's English word list has it; no listed Swedish form has its letters): {@code the}, {@code convert},
     * but not {@code for} or {@code man}, which are Swedish too, nor {@code to} or {@code manga}, which may be
     * {@code tö} and {@code många} stripped.
     */
    public boolean englishOnly(String lower) {
        return english.contains(lower) && idsWithFold(Folding.fold(lower)).length == 0;
    }

    /** True when Tesseract's English word list has {@code lower} (a lower-case word form). */
    public boolean english(String lower) {
        return english.contains(lower);
    }

    /**
     * How many forms of Tesseract's Swedish word list end in {@code ending} after at least {@code before} more
     * letters that {@code rest} accepts: how common {@code ending} is as the last part of compounds in real text
     * ({@link AttestedWords#endingIn}).
     */
    public int compoundsEndingIn(String ending, int before, java.util.function.Predicate<String> rest) {
        return attested.endingIn(ending, before, rest);
    }

    /** As {@link #compoundsEndingIn}, for the forms that begin with {@code beginning}: its use as a first part. */
    public int compoundsStartingWith(String beginning, int after, java.util.function.Predicate<String> rest) {
        return attested.startingWith(beginning, after, rest);
    }

    /** True when Hunspell accepts {@code word}; this includes compounds such as {@code funktionsnedsättning}. */
    public boolean spells(String word) {
        if (word.isEmpty() || word.length() > 60) {
            return false;
        }
        Boolean known = spelled.get(word);
        if (known == null) {
            known = speller().spell(word);
            if (spelled.size() > 200_000) {
                spelled.clear();
            }
            spelled.put(word, known);
        }
        return known;
    }

    /**
     * What {@code derive} makes of this lexicon, made on the first call for {@code key} and kept with the lexicon, so
     * it is collected with it (a model or a filter that every repairer over this lexicon shares). A derivation may
     * ask for another one.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<SwedishLexicon, T> derive) {
        Object value = derived.get(key);
        if (value == null) {
            synchronized (derived) {
                value = derived.get(key);
                if (value == null) {
                    value = derive.apply(this);
                    derived.put(key, value);
                }
            }
        }
        return (T) value;
    }

    /**
     * Forgets Hunspell's cached verdicts, so that the next words cost what words never met cost. For measurements:
     * a benchmark of new words keeps one lexicon (as a long import does) instead of loading a fresh one per run.
     */
    public void forgetVerdicts() {
        spelled.clear();
    }

    /**
     * True when Hunspell derives {@code word} from a dictionary stem by its affix rules ({@code pusslande} from
     * {@code pussla}); false for words it accepts only by joining parts, and for words it rejects.
     */
    public boolean derives(String word) {
        if (!spells(word)) {
            return false;
        }
        return !speller().getRoots(word).isEmpty();
    }

    private Hunspell speller() {
        try {
            return hunspell.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("cannot read the Swedish Hunspell dictionary: " + e.getCause(), e);
        }
    }

    /**
     * The numbers of the listed lower-case words whose {@linkplain Folding fold} is {@code fold}, in the words'
     * order (a fresh array; empty when none).
     */
    public int[] idsWithFold(String fold) {
        int group = folds.get(fold);
        return group < 0 ? NONE : foldGroups[group].clone();
    }

    private static final int[] NONE = new int[0];
    /** Part-of-speech bits of {@code lower}, 0 when unknown. */
    public int bits(String lower) {
        return bits(id(lower));
    }

    /** Part-of-speech bits of word number {@code id}, 0 for -1. */
    public int bits(int id) {
        return id < 0 ? 0 : bits[id];
    }

    /** Rank in the list of common words (0 = most common), or -1. */
    public int commonRank(String lower) {
        return commonRank(id(lower));
    }

    /** Rank of word number {@code id} in the list of common words, or -1. */
    public int commonRank(int id) {
        return id < 0 ? -1 : commonRank[id];
    }

    /** How often {@code lower} was seen in the counted corpus plus the archive. */
    public int count(String lower) {
        return count(id(lower));
    }

    /** How often word number {@code id} was seen (corpus plus archive); 0 for -1. */
    public int count(int id) {
        return id < 0 ? 0 : counts[id];
    }

    /** How often {@code left right} was seen in the counted corpus plus the archive. */
    public int pairCount(String left, String right) {
        return pairCount(id(left), id(right));
    }

    /** How often word {@code left} was followed by word {@code right} (numbers; -1 never was). */
    public int pairCount(int left, int right) {
        return left < 0 || right < 0 ? 0 : pairs.get(left, right);
    }

    /** How many distinct words followed {@code lower} in the counted corpus plus the archive. */
    public int followers(String lower) {
        return followers(id(lower));
    }

    /** How many distinct words followed word number {@code id}. */
    public int followers(int id) {
        return id < 0 ? 0 : followers[id];
    }

    /** How many distinct words preceded {@code lower} in the counted corpus plus the archive. */
    public int predecessors(String lower) {
        int id = id(lower);
        return id < 0 ? 0 : predecessors[id];
    }

    /** How often {@code lower} was seen in trustworthy archive text. */
    public int archiveCount(String lower) {
        return archiveCount(id(lower));
    }

    /** {@link #archiveCount(String)} of word number {@code id}. */
    public int archiveCount(int id) {
        return id < 0 || archiveCounts.length == 0 ? 0 : archiveCounts[id];
    }

    /** The number of word tokens behind {@link #count(String)}. */
    public long total() {
        return total;
    }

    /** The number of word tokens learned from the archive. */
    long archiveTotal() {
        return archiveTotal;
    }

    /** Calls {@code visitor} with the numbers of every counted pair (left, right) and its count. */
    public void forEachPair(PairVisitor visitor) {
        pairs.forEach(visitor);
    }

    /** Receives one counted pair. */
    @FunctionalInterface
    public interface PairVisitor {
        void visit(int left, int right, int count);
    }

    /** The number of distinct words known (listed or seen in pairs). */
    public int size() {
        return words.length;
    }

    /** Word number {@code id} (0 ≤ id < {@link #size()}). */
    public String word(int id) {
        return words[id];
    }

    private Map<String, int[]> foldIndex() {
        Map<String, int[]> index = new HashMap<>(words.length * 2);
        for (int id = 0; id < words.length; id++) {
            if (!listed(id)) {
                continue;
            }
            index.merge(Folding.fold(words[id]), new int[] {id}, (old, add) -> {
                int[] more = Arrays.copyOf(old, old.length + 1);
                more[old.length] = add[0];
                return more;
            });
        }
        // Words are numbered in sorted order, but archive words come after: sort each group by its words.
        index.replaceAll((fold, group) -> {
            if (group.length > 1) {
                Integer[] boxed = Arrays.stream(group).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, (a, b) -> words[a].compareTo(words[b]));
                return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
            }
            return group;
        });
        return index;
    }
    private static Hunspell loadHunspell() {
        try (InputStream aff = LexiconIndex.resource(LexiconIndex.LANGUAGE_BASE + "hunspell/sv_SE.aff").openStream();
                InputStream dic = LexiconIndex.resource(LexiconIndex.LANGUAGE_BASE + "hunspell/sv_SE.dic").openStream();
                ByteBuffersDirectory scratch = new ByteBuffersDirectory()) {
            return new Hunspell(new Dictionary(scratch, "sv", aff, dic));
        } catch (IOException | java.text.ParseException e) {
            throw new UncheckedIOException(new IOException("cannot load sv_SE Hunspell: " + e.getMessage(), e));
        }
    }

    /** Loads the sv_SE Hunspell dictionary from the class path now (for building the index). */
    public static Hunspell hunspell() {
        return loadHunspell();
    }
}

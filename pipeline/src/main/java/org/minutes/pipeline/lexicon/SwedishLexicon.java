package org.minutes.pipeline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
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
 * {@code sv-counts.tsv} (derived from Swedish text in Debian, see the README beside it). Words learned from an
 * archive can be added with {@link #withArchive(WordCounts)}.
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

    private static final String BASE = "/org/languagetool/resource/sv/";
    private static volatile SwedishLexicon shared;

    /** Lower-case form → part-of-speech and other bits. */
    private final Map<String, Integer> forms;
    /** Fold → the lower-case forms with that fold. */
    private final Map<String, String[]> byFold;
    /** Lower-case common word → rank in the common-word list, 0 for the most common. */
    private final Map<String, Integer> commonRank;
    private final WordCounts counts;
    private final WordCounts archive;
    private final Hunspell hunspell;

    private SwedishLexicon(Map<String, Integer> forms, Map<String, String[]> byFold, Map<String, Integer> commonRank,
            WordCounts counts, WordCounts archive, Hunspell hunspell) {
        this.forms = forms;
        this.byFold = byFold;
        this.commonRank = commonRank;
        this.counts = counts;
        this.archive = archive;
        this.hunspell = hunspell;
    }

    /** The lexicon of this process, loaded on first use (about a second). */
    public static SwedishLexicon shared() {
        SwedishLexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (SwedishLexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    lexicon = load();
                    shared = lexicon;
                }
            }
        }
        return lexicon;
    }

    /**
     * Loads the language data from the class path; Hunspell loads on a second thread meanwhile.
     *
     * @throws IllegalStateException when the language data is missing or unreadable (a broken installation)
     */
    public static SwedishLexicon load() {
        CompletableFuture<Hunspell> hunspell = CompletableFuture.supplyAsync(SwedishLexicon::loadHunspell);
        Map<String, Integer> forms = new HashMap<>(400_000);
        try {
            URL dict = resource(BASE + "swedish.dict");
            DictionaryLookup lookup = new DictionaryLookup(morfologik.stemming.Dictionary.read(dict));
            for (WordData data : lookup) {
                String word = data.getWord().toString();
                CharSequence tag = data.getTag();
                int bits = tagBits(tag == null ? "" : tag.toString());
                String lower = word.toLowerCase(Locale.ROOT);
                if (!lower.equals(word)) {
                    bits |= CAPITALISED;
                }
                forms.merge(lower, bits, SwedishLexicon::mergeBits);
            }
            Map<String, Integer> commonRank = new HashMap<>();
            try (BufferedReader reader = reader(BASE + "common_words.txt")) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String word = line.strip().replace("\uFEFF", "");
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        String lower = word.toLowerCase(Locale.ROOT);
                        commonRank.putIfAbsent(lower, commonRank.size());
                        forms.merge(lower, COMMON, SwedishLexicon::mergeBits);
                    }
                }
            }
            WordCounts raw;
            try (BufferedReader reader = reader("/org/minutes/pipeline/lexicon/sv-counts.tsv")) {
                raw = WordCounts.read(reader);
            }
            Hunspell speller = hunspell.join();
            // The corpora quote other languages now and then ("are", "for"): a counted word must be Swedish.
            WordCounts counts = raw.onlyWords(w -> w.startsWith("<") || forms.containsKey(w) || speller.spell(w));
            return new SwedishLexicon(forms, foldIndex(forms, counts, WordCounts.empty()), commonRank, counts,
                    WordCounts.empty(), speller);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Swedish language data: " + e.getMessage(), e);
        } catch (CompletionException e) {
            throw new IllegalStateException("cannot read the Swedish Hunspell dictionary: " + e.getCause(), e);
        }
    }

    /** A lexicon that also knows the words and pairs of trustworthy archive text in {@code learned}. */
    public SwedishLexicon withArchive(WordCounts learned) {
        WordCounts all = archive.plus(learned);
        return new SwedishLexicon(forms, foldIndex(forms, counts, all), commonRank, counts, all, hunspell);
    }

    /** True when {@code lower} (a lower-case word) is a Swedish word form, compounds included. */
    public boolean knows(String lower) {
        return knowsListed(lower) || spells(lower);
    }

    /** True when {@code lower} is listed as a word (dictionary, corpus or archive), without compound analysis. */
    public boolean knowsListed(String lower) {
        return forms.containsKey(lower) || counts.count(lower) > 0 || archive.count(lower) > 0;
    }

    /** True when Hunspell accepts {@code word}; this includes compounds such as {@code funktionsnedsättning}. */
    public boolean spells(String word) {
        if (word.isEmpty() || word.length() > 60) {
            return false;
        }
        return hunspell.spell(word);
    }

    /** The listed lower-case words whose {@linkplain Folding fold} is {@code fold}; empty when none. */
    public List<String> withFold(String fold) {
        String[] found = byFold.get(fold);
        return found == null ? List.of() : List.of(found);
    }

    /** Part-of-speech bits of {@code lower}, 0 when unknown. */
    public int bits(String lower) {
        return forms.getOrDefault(lower, 0);
    }

    /** Rank in the list of common words (0 = most common), or -1. */
    public int commonRank(String lower) {
        return commonRank.getOrDefault(lower, -1);
    }

    /** How often {@code lower} was seen in the counted corpus plus the archive. */
    public int count(String lower) {
        return counts.count(lower) + archive.count(lower);
    }

    /** How often {@code left right} was seen in the counted corpus plus the archive. */
    public int pairCount(String left, String right) {
        return counts.pairCount(left, right) + archive.pairCount(left, right);
    }

    /** How many distinct words followed {@code lower} in the counted corpus plus the archive. */
    public int followers(String lower) {
        return counts.followers(lower) + archive.followers(lower);
    }

    /** How many distinct words preceded {@code lower} in the counted corpus plus the archive. */
    public int predecessors(String lower) {
        return counts.predecessors(lower) + archive.predecessors(lower);
    }

    /** How often {@code lower} was seen in trustworthy archive text. */
    public int archiveCount(String lower) {
        return archive.count(lower);
    }

    /** The number of word tokens behind {@link #count(String)}. */
    public long total() {
        return counts.total() + archive.total();
    }

    private static Map<String, String[]> foldIndex(Map<String, Integer> forms, WordCounts counts, WordCounts archive) {
        Map<String, List<String>> index = new HashMap<>(forms.size() * 2);
        for (String form : forms.keySet()) {
            index.computeIfAbsent(Folding.fold(form), k -> new ArrayList<>(1)).add(form);
        }
        for (WordCounts extra : List.of(counts, archive)) {
            for (String word : extra.words()) {
                if (!forms.containsKey(word) && !word.startsWith("<")) {
                    List<String> list = index.computeIfAbsent(Folding.fold(word), k -> new ArrayList<>(1));
                    if (!list.contains(word)) {
                        list.add(word);
                    }
                }
            }
        }
        Map<String, String[]> result = new HashMap<>(index.size() * 2);
        index.forEach((fold, list) -> result.put(fold, list.stream().sorted().toArray(String[]::new)));
        return result;
    }

    private static int mergeBits(int a, int b) {
        // CAPITALISED holds only when every entry of the form is capitalised.
        int capital = (a & b) & CAPITALISED;
        return ((a | b) & ~CAPITALISED) | capital;
    }

    private static int tagBits(String tag) {
        int colon = tag.indexOf(':');
        String head = colon < 0 ? tag : tag.substring(0, colon);
        int bits = switch (head) {
            case "NN" -> NOUN;
            case "VB" -> VERB;
            case "JJ" -> ADJECTIVE;
            case "AB" -> ADVERB;
            case "PP" -> PREPOSITION;
            case "KN" -> CONJUNCTION;
            case "PN" -> PRONOUN;
            case "PM" -> NAME;
            default -> OTHER;
        };
        if (tag.contains(":PRT")) {
            bits |= PAST_TENSE;
        }
        return bits;
    }

    private static Hunspell loadHunspell() {
        try (InputStream aff = stream(BASE + "hunspell/sv_SE.aff");
                InputStream dic = stream(BASE + "hunspell/sv_SE.dic");
                ByteBuffersDirectory scratch = new ByteBuffersDirectory()) {
            return new Hunspell(new Dictionary(scratch, "sv", aff, dic));
        } catch (IOException | java.text.ParseException e) {
            throw new UncheckedIOException(new IOException("cannot load sv_SE Hunspell: " + e.getMessage(), e));
        }
    }

    private static URL resource(String path) throws IOException {
        URL url = SwedishLexicon.class.getResource(path);
        if (url == null) {
            throw new IOException("missing " + path + " on the class path");
        }
        return url;
    }

    private static InputStream stream(String path) throws IOException {
        return resource(path).openStream();
    }

    private static BufferedReader reader(String path) throws IOException {
        return new BufferedReader(new InputStreamReader(stream(path), StandardCharsets.UTF_8));
    }
}

package org.minutes.pipeline.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.hunspell.Hunspell;

/**
 * The compact, precomputed form of the Swedish language data that {@link SwedishLexicon} loads at start-up: every
 * word (Morfologik forms, common words, counted words and the words of counted pairs) with its part-of-speech bits
 * and corpus count, the common-word ranks, and the pair counts by word number.
 *
 * <p>Reading the index takes a fraction of a second, where deriving it from the sources ({@link #fromSources})
 * iterates the whole Morfologik dictionary and asks Hunspell about every counted word. The resource
 * {@code sv-lexicon.bin.gz} is written by {@code scripts/lexicon/BuildLexiconIndex.java}; the bytes depend only on
 * the sources (sorted order, no time stamps), and a test checks that the shipped index equals a fresh derivation.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class LexiconIndex {

    /** The class-path location of the shipped index. */
    public static final String RESOURCE = "/org/minutes/pipeline/lexicon/sv-lexicon.bin.gz";
    static final String LANGUAGE_BASE = "/org/languagetool/resource/sv/";
    private static final int MAGIC = 0x53564c58; // "SVLX"
    private static final int VERSION = 1;

    /** Words in sorted order. */
    final String[] words;
    /** Part-of-speech and other bits per word (see {@link SwedishLexicon}); 0 for a word only seen in pairs. */
    final int[] bits;
    /** Corpus count per word. */
    final int[] counts;
    /** Word numbers of the common words, most common first. */
    final int[] common;
    /** Pairs: left word, right word, count; sorted by left then right. */
    final int[] pairLeft;
    final int[] pairRight;
    final int[] pairCount;

    LexiconIndex(String[] words, int[] bits, int[] counts, int[] common, int[] pairLeft, int[] pairRight,
            int[] pairCount) {
        this.words = words;
        this.bits = bits;
        this.counts = counts;
        this.common = common;
        this.pairLeft = pairLeft;
        this.pairRight = pairRight;
        this.pairCount = pairCount;
    }

    /** Reads the shipped index from the class path. */
    public static LexiconIndex shipped() throws IOException {
        URL url = LexiconIndex.class.getResource(RESOURCE);
        if (url == null) {
            throw new IOException("missing " + RESOURCE + " on the class path");
        }
        try (InputStream in = url.openStream()) {
            return read(in);
        }
    }

    /** Reads an index written by {@link #write}. */
    public static LexiconIndex read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a Swedish lexicon index of version " + VERSION);
        }
        int n = in.readInt();
        String[] words = new String[n];
        int[] bits = new int[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = in.readUTF();
            bits[i] = in.readInt();
            counts[i] = in.readInt();
        }
        int[] common = new int[in.readInt()];
        for (int i = 0; i < common.length; i++) {
            common[i] = in.readInt();
        }
        int pairs = in.readInt();
        int[] left = new int[pairs];
        int[] right = new int[pairs];
        int[] count = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            left[i] = in.readInt();
            right[i] = in.readInt();
            count[i] = in.readInt();
        }
        return new LexiconIndex(words, bits, counts, common, left, right, count);
    }

    /** Writes this index (gzip, deterministic bytes). */
    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(words.length);
        for (int i = 0; i < words.length; i++) {
            out.writeUTF(words[i]);
            out.writeInt(bits[i]);
            out.writeInt(counts[i]);
        }
        out.writeInt(common.length);
        for (int id : common) {
            out.writeInt(id);
        }
        out.writeInt(pairLeft.length);
        for (int i = 0; i < pairLeft.length; i++) {
            out.writeInt(pairLeft[i]);
            out.writeInt(pairRight[i]);
            out.writeInt(pairCount[i]);
        }
        out.flush();
        gzip.finish();
    }

    /**
     * Derives the index from the sources on the class path: LanguageTool's Morfologik dictionary, common words and
     * Hunspell headwords, and {@code sv-counts.tsv}, whose words count only when they are Swedish ({@code speller} accepts them or the
     * dictionary lists them: the corpora quote other languages now and then).
     */
    public static LexiconIndex fromSources(Hunspell speller) throws IOException {
        Map<String, Integer> forms = new HashMap<>(400_000);
        DictionaryLookup lookup = new DictionaryLookup(morfologik.stemming.Dictionary.read(
                resource(LANGUAGE_BASE + "swedish.dict")));
        for (WordData data : lookup) {
            String word = data.getWord().toString();
            CharSequence tag = data.getTag();
            int bits = tagBits(tag == null ? "" : tag.toString());
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.equals(word)) {
                bits |= SwedishLexicon.CAPITALISED;
            }
            forms.merge(lower, bits, LexiconIndex::mergeBits);
        }
        java.util.LinkedHashSet<String> common = new java.util.LinkedHashSet<>();
        try (BufferedReader reader = reader(LANGUAGE_BASE + "common_words.txt")) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().replace("\uFEFF", "");
                if (!word.isEmpty() && !word.startsWith("#")) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    common.add(lower);
                    forms.merge(lower, SwedishLexicon.COMMON, LexiconIndex::mergeBits);
                }
            }
        }
        // Hunspell's headwords (härbärge, stödboende) that Morfologik lacks join as listed forms; their inflections
        // stay with Hunspell, which is asked about whole tokens. Entries Hunspell forbids are left out: misspellings
        // (arbetstillfallen) and names in lower case (lindström, which must keep its capital).
        String notWords = flagsOfNoWord();
        java.util.Set<String> fromHunspell = new java.util.HashSet<>();
        try (BufferedReader reader = reader(LANGUAGE_BASE + "hunspell/sv_SE.dic")) {
            reader.readLine(); // the entry count
            String line;
            while ((line = reader.readLine()) != null) {
                int slash = line.indexOf('/');
                String word = (slash < 0 ? line : line.substring(0, slash)).strip();
                String flags = slash < 0 ? "" : line.substring(slash + 1).strip().split("\\s", 2)[0];
                if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)
                        || flags.chars().anyMatch(f -> notWords.indexOf(f) >= 0)) {
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                if (!forms.containsKey(lower) || fromHunspell.contains(lower)) {
                    fromHunspell.add(lower);
                    int bits = SwedishLexicon.SPELLED | (lower.equals(word) ? 0 : SwedishLexicon.CAPITALISED);
                    forms.merge(lower, bits, LexiconIndex::mergeBits);
                }
            }
        }
        // Morfologik has few forms beginning with å, ä or ö (463 with ä against 22,852 with a): their inflections
        // (ängen, ängar) come from Hunspell's affix rules, so that compounds can end in them (strandängen).
        for (String form : inflectionsOfSwedishLetterWords(speller)) {
            if (!forms.containsKey(form)) {
                forms.put(form, SwedishLexicon.SPELLED);
            }
        }
        WordCounts raw;
        try (BufferedReader reader = reader("/org/minutes/pipeline/lexicon/sv-counts.tsv")) {
            raw = WordCounts.read(reader);
        }
        TreeMap<String, int[]> all = new TreeMap<>();
        forms.forEach((w, b) -> all.put(w, new int[] {b, 0}));
        raw.wordMap().forEach((w, c) -> {
            if (w.startsWith("<") || forms.containsKey(w) || speller.spell(w)) {
                all.computeIfAbsent(w, k -> new int[2])[1] = c;
            }
        });
        TreeSet<String> pairKeys = new TreeSet<>(raw.pairMap().keySet());
        for (String pair : pairKeys) {
            int space = pair.indexOf(' ');
            all.computeIfAbsent(pair.substring(0, space), k -> new int[2]);
            all.computeIfAbsent(pair.substring(space + 1), k -> new int[2]);
        }
        String[] words = all.keySet().toArray(String[]::new);
        int[] bits = new int[words.length];
        int[] counts = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            int[] v = all.get(words[i]);
            bits[i] = v[0];
            counts[i] = v[1];
        }
        int[] commonIds = common.stream().mapToInt(w -> Arrays.binarySearch(words, w)).toArray();
        long[] keyed = new long[pairKeys.size()];
        Map<Long, Integer> pairCounts = new HashMap<>();
        int k = 0;
        for (String pair : pairKeys) {
            int space = pair.indexOf(' ');
            long key = ((long) Arrays.binarySearch(words, pair.substring(0, space)) << 32)
                    | Arrays.binarySearch(words, pair.substring(space + 1));
            keyed[k++] = key;
            pairCounts.put(key, raw.pairMap().get(pair));
        }
        Arrays.sort(keyed);
        int[] left = new int[keyed.length];
        int[] right = new int[keyed.length];
        int[] count = new int[keyed.length];
        for (int i = 0; i < keyed.length; i++) {
            left[i] = (int) (keyed[i] >>> 32);
            right[i] = (int) keyed[i];
            count[i] = pairCounts.get(keyed[i]);
        }
        return new LexiconIndex(words, bits, counts, commonIds, left, right, count);
    }

    /**
     * Every form Hunspell's affix rules make from its entries (compounds aside) that begins with å, ä or ö and is a
     * lower-case word {@code speller} accepts, sorted.
     */
    private static java.util.SortedSet<String> inflectionsOfSwedishLetterWords(Hunspell speller) throws IOException {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        try (InputStream aff = resource(LANGUAGE_BASE + "hunspell/sv_SE.aff").openStream();
                InputStream dic = resource(LANGUAGE_BASE + "hunspell/sv_SE.dic").openStream();
                org.apache.lucene.store.ByteBuffersDirectory scratch = new org.apache.lucene.store.ByteBuffersDirectory()) {
            org.apache.lucene.analysis.hunspell.Dictionary dictionary =
                    new org.apache.lucene.analysis.hunspell.Dictionary(scratch, "sv", aff, dic);
            new org.apache.lucene.analysis.hunspell.WordFormGenerator(dictionary).generateAllSimpleWords(word -> {
                String form = word.getWord();
                if (form.length() >= 2 && "åäö".indexOf(form.charAt(0)) >= 0
                        && form.chars().allMatch(Character::isLowerCase)) {
                    out.add(form);
                }
            }, () -> { });
        } catch (java.text.ParseException e) {
            throw new IOException("cannot read sv_SE Hunspell: " + e.getMessage(), e);
        }
        out.removeIf(form -> !speller.spell(form));
        return out;
    }

    /**
     * The flag (one character, as in sv_SE.aff) that marks a Hunspell entry as no word: FORBIDDENWORD. (Stems that
     * need an affix or occur only in compounds stay listed: a first part written out alone, {@code hälso-}, is one.)
     */
    private static String flagsOfNoWord() throws IOException {
        StringBuilder flags = new StringBuilder();
        try (BufferedReader reader = reader(LANGUAGE_BASE + "hunspell/sv_SE.aff")) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 2 && fields[0].equals("FORBIDDENWORD")) {
                    flags.append(fields[1]);
                }
            }
        }
        return flags.toString();
    }

    static int mergeBits(int a, int b) {
        // CAPITALISED holds only when every entry of the form is capitalised.
        int capital = (a & b) & SwedishLexicon.CAPITALISED;
        return ((a | b) & ~SwedishLexicon.CAPITALISED) | capital;
    }

    private static int tagBits(String tag) {
        int colon = tag.indexOf(':');
        String head = colon < 0 ? tag : tag.substring(0, colon);
        int bits = switch (head) {
            case "NN" -> SwedishLexicon.NOUN;
            case "VB" -> SwedishLexicon.VERB;
            case "JJ" -> SwedishLexicon.ADJECTIVE;
            case "AB" -> SwedishLexicon.ADVERB;
            case "PP" -> SwedishLexicon.PREPOSITION;
            case "KN" -> SwedishLexicon.CONJUNCTION;
            case "PN" -> SwedishLexicon.PRONOUN;
            case "PM" -> SwedishLexicon.NAME;
            default -> SwedishLexicon.OTHER;
        };
        if (tag.contains(":PRT")) {
            bits |= SwedishLexicon.PAST_TENSE;
        }
        if (tag.startsWith("VB:INF")) {
            bits |= SwedishLexicon.INFINITIVE;
        } else if (tag.startsWith("VB:PRS")) {
            bits |= SwedishLexicon.PRESENT;
        } else if (tag.startsWith("VB:SUP")) {
            bits |= SwedishLexicon.SUPINE;
        } else if (tag.startsWith("VB:IMP")) {
            bits |= SwedishLexicon.IMPERATIVE;
        } else if (tag.startsWith("VB:PPC") || tag.startsWith("VB:PREPC")) {
            bits |= SwedishLexicon.PARTICIPLE;
        }
        if (head.equals("NN") || head.equals("PM")) {
            bits |= tag.contains(":PLU") ? SwedishLexicon.PLURAL : 0;
            bits |= tag.contains(":BF") ? SwedishLexicon.DEFINITE : 0;
            bits |= tag.contains(":GEN") ? SwedishLexicon.GENITIVE : 0;
            bits |= tag.contains(":NEU") ? SwedishLexicon.NEUTER : 0;
        }
        if (head.equals("IN")) {
            bits |= SwedishLexicon.INTERJECTION;
        }
        return bits;
    }

    static URL resource(String path) throws IOException {
        URL url = LexiconIndex.class.getResource(path);
        if (url == null) {
            throw new IOException("missing " + path + " on the class path");
        }
        return url;
    }

    private static BufferedReader reader(String path) throws IOException {
        return new BufferedReader(new InputStreamReader(resource(path).openStream(), StandardCharsets.UTF_8));
    }
}

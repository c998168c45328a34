package org.minutes.pipeline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Word forms known to be in use in real Swedish text: the word list of Tesseract's Swedish model, which the Tesseract
 * project built from Swedish web text ({@code swe-words.txt.gz}: about 138,000 lower-case forms of letters only; its
 * header says how it was extracted). It says nothing of how often a form is used, only that it is: {@code
 * sjukvården} is listed and {@code sjukvärden} is not, while Swedish compounding allows both. OCR uses it to judge a
 * text layer, repair to tell twins apart.
 *
 * <p>It also tells how productive a form is as a part of compounds ({@link #endingIn}, {@link #startingWith}): the
 * list holds 76 forms ending in {@code vård} and 32 in {@code värd} (64 and 28 where the rest could be a compound
 * part, as the compound splitter asks), whereas counted text about software has far more {@code värd} (host) than
 * {@code vård} (care).
 *
 * <p>Held as sorted 64-bit hashes of the forms (about 1 MB), so a question is a binary search (two forms sharing a
 * hash is a one-in-10^10 event for a list of this size), and as the forms sorted forwards and spelled backwards,
 * for beginnings and endings (about 7 MB each). Immutable and thread-safe; {@link #shared()} loads the list once per process (under a tenth of a
 * second).
 */
public final class AttestedWords {

    static final String RESOURCE = "/org/minutes/pipeline/lexicon/swe-words.txt.gz";
    /** The word list of Tesseract's English model, for English passages in Swedish documents. */
    static final String ENGLISH = "/org/minutes/pipeline/lexicon/eng-words.txt.gz";

    private final long[] hashes;
    /** The forms, sorted: the forms with one beginning are one run. */
    private final String[] forwards;
    /** The forms spelled backwards, sorted: the forms with one ending are one run. */
    private final String[] backwards;

    private AttestedWords(long[] sortedHashes, String[] sortedForwards, String[] sortedBackwards) {
        this.hashes = sortedHashes;
        this.forwards = sortedForwards;
        this.backwards = sortedBackwards;
    }

    /** The forms in {@code words} (lower case; repeats count once). */
    public static AttestedWords of(Collection<String> words) {
        String[] distinct = words.stream().distinct().toArray(String[]::new);
        return of(distinct, distinct.length);
    }

    private static AttestedWords of(String[] words, int n) {
        return of(words, n, true);
    }

    /** The forms {@code words[0, n)}; without {@code parts}, only {@link #contains} answers (1 MB, not 16). */
    private static AttestedWords of(String[] words, int n, boolean parts) {
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = hash(words[i]);
        }
        Arrays.sort(hashes);
        if (!parts) {
            return new AttestedWords(hashes, new String[0], new String[0]);
        }
        String[] forwards = Arrays.copyOf(words, n);
        String[] backwards = new String[n];
        for (int i = 0; i < n; i++) {
            backwards[i] = new StringBuilder(words[i]).reverse().toString();
        }
        Arrays.sort(forwards);
        Arrays.sort(backwards);
        return new AttestedWords(hashes, forwards, backwards);
    }


    /**
     * The shipped list, loaded on first use.
     *
     * @throws IllegalStateException when it is missing or unreadable (a broken installation)
     */
    public static AttestedWords shared() {
        AttestedWords words = shared;
        if (words == null) {
            synchronized (AttestedWords.class) {
                words = shared;
                if (words == null) {
                    try {
                        words = shipped();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read the Swedish word list " + RESOURCE + ": "
                                + e.getMessage(), e);
                    }
                    shared = words;
                }
            }
        }
        return words;
    }

    private static volatile AttestedWords shared;

    /**
     * Reads the shipped list: lines of letters only, lower case; comment lines ({@code #}) and forms with other
     * characters ({@code a-ekonomi}) are skipped.
     *
     * @throws IOException when it is missing or unreadable
     */
    static AttestedWords shipped() throws IOException {
        return read(RESOURCE, true);
    }

    /**
     * The English forms Tesseract's English model lists (about 167,000), for {@link #contains} only: English
     * passages in a Swedish document ({@code Use the command to convert an image}) are not Swedish to repair.
     *
     * @throws IOException when the list is missing or unreadable
     */
    static AttestedWords english() throws IOException {
        return read(ENGLISH, false);
    }

    private static AttestedWords read(String resource, boolean parts) throws IOException {
        try (InputStream raw = LexiconIndex.resource(resource).openStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                        StandardCharsets.UTF_8), 1 << 16)) {
            String[] words = new String[1 << 17];
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty() || !allLetters(line)) {
                    continue;
                }
                if (n == words.length) {
                    words = Arrays.copyOf(words, n * 2);
                }
                words[n++] = line;
            }
            return of(words, n, parts);
        }
    }

    /** True when {@code lower} (a lower-case word form) is in the list. */
    public boolean contains(String lower) {
        return hashes.length > 0 && Arrays.binarySearch(hashes, hash(lower)) >= 0;
    }

    /**
     * How many listed forms end in {@code ending} after at least {@code before} more letters that {@code rest}
     * accepts: how often it is the last part of a compound ({@code sjukvård}, {@code tandvård} for {@code vård},
     * when {@code rest} accepts what can begin a compound, so that {@code områden} does not count for {@code råden}).
     */
    public int endingIn(String ending, int before, Predicate<String> rest) {
        String key = new StringBuilder(ending).reverse().toString();
        int n = 0;
        for (int i = first(backwards, key); i < backwards.length && backwards[i].startsWith(key); i++) {
            String b = backwards[i];
            if (b.length() >= key.length() + before
                    && rest.test(new StringBuilder(b.length() - key.length()).append(b, key.length(), b.length())
                            .reverse().toString())) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many listed forms begin with {@code beginning} and go on for at least {@code after} more letters that
     * {@code rest} accepts: how often it begins a compound ({@code vårdplan}, {@code vårdcentral} for {@code vård}).
     */
    public int startingWith(String beginning, int after, Predicate<String> rest) {
        int n = 0;
        for (int i = first(forwards, beginning); i < forwards.length && forwards[i].startsWith(beginning); i++) {
            String f = forwards[i];
            if (f.length() >= beginning.length() + after && rest.test(f.substring(beginning.length()))) {
                n++;
            }
        }
        return n;
    }

    /** The index of the first string in {@code sorted} not less than {@code key}. */
    private static int first(String[] sorted, String key) {
        int i = Arrays.binarySearch(sorted, key);
        return i < 0 ? -i - 1 : i;
    }

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many forms the list holds. */
    public int size() {
        return hashes.length;
    }

    /** A 64-bit hash of {@code s}: FNV-1a over its characters, then a finalising mix (MurmurHash3's fmix64). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

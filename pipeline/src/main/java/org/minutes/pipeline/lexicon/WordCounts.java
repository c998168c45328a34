package org.minutes.pipeline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of lower-case words and of adjacent word pairs in some body of Swedish text, for choosing between
 * candidate words by frequency and context.
 *
 * <p>A pair is stored as {@code "left right"}; {@code <num>} stands for any number and {@code <s>} for a sentence
 * boundary. Immutable after construction and thread-safe.
 */
public final class WordCounts {

    /** The token that stands for any number. */
    public static final String NUMBER = "<num>";
    /** The token that stands for a sentence boundary. */
    public static final String BOUNDARY = "<s>";

    private final Map<String, Integer> words;
    private final Map<String, Integer> pairs;
    /** Word → how many distinct words were seen after it, and before it (for Witten-Bell smoothing). */
    private final Map<String, Integer> followers;
    private final Map<String, Integer> predecessors;
    private final long total;

    WordCounts(Map<String, Integer> words, Map<String, Integer> pairs) {
        this.words = Map.copyOf(words);
        this.pairs = Map.copyOf(pairs);
        Map<String, Integer> after = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        for (String pair : pairs.keySet()) {
            int space = pair.indexOf(' ');
            after.merge(pair.substring(0, space), 1, Integer::sum);
            before.merge(pair.substring(space + 1), 1, Integer::sum);
        }
        this.followers = Map.copyOf(after);
        this.predecessors = Map.copyOf(before);
        long sum = 0;
        for (int n : words.values()) {
            sum += n;
        }
        this.total = sum;
    }

    /** No counts at all. */
    public static WordCounts empty() {
        return new WordCounts(Map.of(), Map.of());
    }

    /**
     * Reads counts in the TSV form {@code 1<TAB>word<TAB>count} and {@code 2<TAB>left right<TAB>count}.
     *
     * @throws IOException when reading fails or a line is malformed (the data ships with the program, so a bad
     *     line is a build error, not damaged input)
     */
    public static WordCounts read(BufferedReader reader) throws IOException {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 3 || !(parts[0].equals("1") || parts[0].equals("2"))) {
                throw new IOException("malformed count line " + number + ": " + line);
            }
            int count;
            try {
                count = Integer.parseInt(parts[2]);
            } catch (NumberFormatException e) {
                throw new IOException("malformed count on line " + number + ": " + line, e);
            }
            (parts[0].equals("1") ? words : pairs).merge(parts[1], count, Integer::sum);
        }
        return new WordCounts(words, pairs);
    }

    /** These counts plus {@code other}'s. */
    public WordCounts plus(WordCounts other) {
        if (other.words.isEmpty() && other.pairs.isEmpty()) {
            return this;
        }
        Map<String, Integer> w = new HashMap<>(words);
        other.words.forEach((k, v) -> w.merge(k, v, Integer::sum));
        Map<String, Integer> p = new HashMap<>(pairs);
        other.pairs.forEach((k, v) -> p.merge(k, v, Integer::sum));
        return new WordCounts(w, p);
    }

    /** These counts without the words {@code keep} rejects (their pairs stay: they are still context). */
    public WordCounts onlyWords(java.util.function.Predicate<String> keep) {
        Map<String, Integer> w = new HashMap<>();
        words.forEach((k, v) -> {
            if (keep.test(k)) {
                w.put(k, v);
            }
        });
        return new WordCounts(w, pairs);
    }

    Map<String, Integer> wordMap() {
        return words;
    }

    Map<String, Integer> pairMap() {
        return pairs;
    }

    /** How many distinct words followed {@code word}. */
    public int followers(String word) {
        return followers.getOrDefault(word, 0);
    }

    /** How many distinct words preceded {@code word}. */
    public int predecessors(String word) {
        return predecessors.getOrDefault(word, 0);
    }

    /** How many different words the counts hold. */
    public int distinctWords() {
        return wordMap().size();
    }

    public int count(String word) {
        return words.getOrDefault(word, 0);
    }

    public int pairCount(String left, String right) {
        return pairs.getOrDefault(left + ' ' + right, 0);
    }

    /** The number of word tokens counted. */
    public long total() {
        return total;
    }

    /** The distinct words counted (lower case). */
    public Iterable<String> words() {
        return words.keySet();
    }
}

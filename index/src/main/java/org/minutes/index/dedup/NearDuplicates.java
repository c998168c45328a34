package org.minutes.index.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The archive's documents by MinHash band, to find the near-duplicate group of a new document: the same minutes
 * held as a scan and as a born-digital file become one group, shown as one hit with both sources.
 *
 * <p>Not thread-safe; owned by the archive's writer.
 */
public final class NearDuplicates {

    /** Estimated similarity from which two documents are copies of the same minutes. */
    public static final double THRESHOLD = 0.5;
    /** Lengths (in shingles, estimated by characters) may differ at most this much between copies. */
    static final double MIN_LENGTH_RATIO = 0.6;

    /** What is known of one document. */
    public record Entry(String id, String group, int[] signature, int length) {
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> byBand = new HashMap<>();

    public void add(Entry entry) {
        remove(entry.id());
        byId.put(entry.id(), entry);
        for (String band : MinHash.bands(entry.signature())) {
            byBand.computeIfAbsent(band, k -> new ArrayList<>()).add(entry.id());
        }
    }

    public void remove(String id) {
        Entry old = byId.remove(id);
        if (old != null) {
            for (String band : MinHash.bands(old.signature())) {
                List<String> ids = byBand.get(band);
                if (ids != null) {
                    ids.remove(id);
                }
            }
        }
    }

    /** The group of the most similar other document, if one is similar enough. */
    public Optional<String> groupFor(String id, int[] signature, int length) {
        Entry best = null;
        double bestSimilarity = THRESHOLD;
        for (String band : MinHash.bands(signature)) {
            for (String candidate : byBand.getOrDefault(band, List.of())) {
                Entry other = byId.get(candidate);
                if (other == null || other.id().equals(id)) {
                    continue;
                }
                double ratio = Math.min(length, other.length()) / (double) Math.max(1, Math.max(length, other.length()));
                double similarity = MinHash.similarity(signature, other.signature());
                if (ratio >= MIN_LENGTH_RATIO && similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                    best = other;
                    bestSimilarity = similarity;
                }
            }
        }
        return Optional.ofNullable(best).map(Entry::group);
    }
}

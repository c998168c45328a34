package org.minutes.index.search;

import java.util.List;

/**
 * The documents matching a query, best first.
 *
 * @param matchingPages how many pages matched in all
 * @param hits the requested slice of matching documents
 */
public record SearchResults(long matchingPages, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}

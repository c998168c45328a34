package org.minutes.index.search;

import java.util.List;
import java.util.Map;

/**
 * The documents matching a query, best first.
 *
 * @param matchingDocuments how many documents matched in all
 * @param hits the requested slice of matching documents (near-duplicates shown as one hit)
 * @param facets when asked: per dimension (year, body, person, org, kind), values with their document counts
 * @param fuzzy true when the hits come from fuzzy matching (asked for, or because nothing matched exactly)
 */
public record SearchResults(long matchingDocuments, List<SearchHit> hits, Map<String, List<FacetCount>> facets, boolean fuzzy) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** One facet value and how many matching documents have it. */
    public record FacetCount(String value, long count) {
    }
}

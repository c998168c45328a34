package org.minutes.index.search;

/**
 * What to search for.
 *
 * @param query the query in Lucene syntax (words, "phrases", AND/OR/NOT, wildcards)
 * @param limit how many documents to return at most
 * @param offset how many ranked documents to skip first
 */
public record SearchRequest(String query, int limit, int offset) {
    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("--offset must not be negative, got " + offset);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, 0);
    }
}

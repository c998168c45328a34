package org.minutes.index.search;

import java.util.List;
import java.util.Set;
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.model.SourceKind;

/**
 * What to search for.
 *
 * @param query the query in Lucene syntax (words, "phrases", AND/OR/NOT, wildcards, person:, org:, body:, date:)
 * @param limit how many documents to return at most
 * @param offset how many ranked documents to skip first
 * @param filters conditions every hit must meet
 * @param sort the order of the hits
 * @param fuzzy also match words within a few OCR misreadings of the query's words
 * @param facets also count the hits by year, body, person, organisation and kind
 */
public record SearchRequest(String query, int limit, int offset, Filters filters, Sort sort, boolean fuzzy, boolean facets) {

    /** The order of hits. */
    public enum Sort { RELEVANCE, DATE, DATE_DESCENDING }

    /**
     * Conditions on the documents.
     *
     * @param persons people who must appear (each a name or part of one)
     * @param organisations organisations that must appear
     * @param bodies the body that met must match one of these
     * @param from the meeting date must not end before this
     * @param to the meeting date must not start after this
     * @param kinds the source kind must be one of these (empty: any)
     */
    public record Filters(List<String> persons, List<String> organisations, List<String> bodies,
                          PartialDate from, PartialDate to, Set<SourceKind> kinds) {
        public static final Filters NONE = new Filters(List.of(), List.of(), List.of(), null, null, Set.of());

        public Filters {
            persons = List.copyOf(persons);
            organisations = List.copyOf(organisations);
            bodies = List.copyOf(bodies);
            kinds = Set.copyOf(kinds);
            if (from != null && from.year() == null || to != null && to.year() == null) {
                throw new IllegalArgumentException("--from and --to need a year (2020, 2020-11 or 2020-11-16)");
            }
        }

        boolean dated() {
            return from != null || to != null;
        }
    }

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
        if (filters == null) {
            filters = Filters.NONE;
        }
        if (sort == null) {
            sort = Sort.RELEVANCE;
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, 0, Filters.NONE, Sort.RELEVANCE, false, false);
    }

}

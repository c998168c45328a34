package org.minutes.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ParentChildrenBlockJoinQuery;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.minutes.index.Fields;
import org.minutes.index.analysis.SwedishAnalyzers;
import org.minutes.index.mapping.PageMapper;
import org.minutes.pipeline.model.SourceKind;

/**
 * Searches documents by their pages: a page query is joined to its document (block join, the document scored by
 * its best page), filters apply to the document, near-duplicate copies fold into one hit, and each hit gets its
 * matching pages and a highlighted snippet from its best page. When nothing matches exactly, a fuzzy second pass
 * catches residual OCR damage.
 *
 * <p>Snippets are cut from the stored page text and re-analysed with the folded analyzer, so a word matched only
 * without its diacritics is highlighted too. One instance per searcher; not shared between threads.
 */
public final class DocumentSearcher {

    private static final BitSetProducer DOCUMENTS = new QueryBitSetProducer(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOCUMENT)));
    private static final Query PAGES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE));
    private static final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> FACET_STATES = new WeakHashMap<>();
    private static final String[] FACET_DIMENSIONS = {Fields.FACET_YEAR, Fields.FACET_BODY, Fields.FACET_PERSON,
        Fields.FACET_ORG, Fields.FACET_KIND};
    static final int FACET_VALUES = 10;
    /** Pages fetched per requested hit on the fast path, so a document's other matching pages are seen. */
    static final int PAGES_PER_DOCUMENT = 20;
    static final int MIN_PAGES = 200;

    private final IndexSearcher searcher;
    private final QueryFactory queries;

    public DocumentSearcher(IndexSearcher searcher, QueryFactory queries) {
        this.searcher = searcher;
        this.queries = queries;
    }

    public SearchResults search(SearchRequest request) throws IOException, QuerySyntaxException {
        SearchResults results = run(request, request.fuzzy());
        if (results.hits().isEmpty() && !request.fuzzy()) {
            SearchResults fuzzy = run(request, true);
            if (!fuzzy.hits().isEmpty()) {
                return fuzzy;
            }
        }
        return results;
    }

    private SearchResults run(SearchRequest request, boolean fuzzy) throws IOException, QuerySyntaxException {
        Query textQuery = queries.parse(request.query(), fuzzy);
        Query pageQuery = new BooleanQuery.Builder()
                .add(textQuery, BooleanClause.Occur.MUST)
                .add(PAGES, BooleanClause.Occur.FILTER)
                .build();
        if (!request.facets() && request.sort() == SearchRequest.Sort.RELEVANCE) {
            return runOnPages(request, textQuery, withFilters(pageQuery, request.filters()), fuzzy);
        }
        Query documentQuery = withFilters(new ToParentBlockJoinQuery(pageQuery, DOCUMENTS, ScoreMode.Max), request.filters());
        // Fetch more than asked: near-duplicate copies fold together.
        int n = Math.max(1, (request.offset() + request.limit()) * 2 + 10);
        FacetsCollector facets = request.facets() ? new FacetsCollector() : null;
        TopDocs top = topDocuments(documentQuery, n, request.sort(), facets);
        List<Hit> folded = foldCopies(top);
        List<Hit> slice = folded.stream().skip(request.offset()).limit(request.limit()).toList();
        for (Hit hit : slice) {
            findPages(hit, pageQuery);
        }
        // The highlighter matches the text query alone against each page's re-analysed text.
        List<Snippet> snippets = highlight(textQuery, slice);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < slice.size(); i++) {
            hits.add(slice.get(i).toHit(snippets.get(i)));
        }
        return new SearchResults(top.totalHits.value, hits, facets == null ? Map.of() : countFacets(facets), fuzzy);
    }

    /**
     * The fast path for a ranked search without facets: the best pages, found with Lucene's top-k skipping (which a
     * block join cannot use, since it must score every page), grouped under their documents. A document's pages
     * are those among the best {@link #PAGES_PER_DOCUMENT} pages per requested hit.
     */
    private SearchResults runOnPages(SearchRequest request, Query textQuery, Query pageQuery, boolean fuzzy) throws IOException {
        int wanted = request.offset() + request.limit();
        TopDocs top = searcher.search(pageQuery, Math.max(MIN_PAGES, wanted * PAGES_PER_DOCUMENT));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Hit> byDocument = new LinkedHashMap<>();
        for (ScoreDoc page : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page.doc, leaves));
            org.apache.lucene.util.BitSet parents = DOCUMENTS.getBitSet(leaf);
            NumericDocValues numbers = DocValues.getNumeric(leaf.reader(), Fields.PAGE);
            int local = page.doc - leaf.docBase;
            if (parents == null || !numbers.advanceExact(local)) {
                continue;
            }
            int parent = leaf.docBase + parents.nextSetBit(local);
            Hit hit = byDocument.get(parent);
            if (hit == null) {
                hit = new Hit(new ScoreDoc(parent, page.score), searcher.storedFields().document(parent));
                hit.bestPage = page;
                hit.bestPageNumber = (int) numbers.longValue();
                byDocument.put(parent, hit);
            }
            hit.pages.add((int) numbers.longValue());
        }
        List<Hit> folded = foldCopies(new ArrayList<>(byDocument.values()));
        List<Hit> slice = folded.stream().skip(request.offset()).limit(request.limit()).toList();
        List<Snippet> snippets = highlight(textQuery, slice);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < slice.size(); i++) {
            hits.add(slice.get(i).toHit(snippets.get(i)));
        }
        return new SearchResults(folded.size(), hits, Map.of(), fuzzy);
    }

    private Query withFilters(Query documents, SearchRequest.Filters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(documents, BooleanClause.Occur.MUST);
        if (filters.dated()) {
            query.add(QueryFactory.dateRange(filters.from(), filters.to()), BooleanClause.Occur.FILTER);
        }
        if (!filters.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            for (SourceKind kind : filters.kinds()) {
                kinds.add(new TermQuery(new Term(Fields.KIND, kind.label())), BooleanClause.Occur.SHOULD);
            }
            query.add(kinds.build(), BooleanClause.Occur.FILTER);
        }
        filters.persons().forEach(p -> query.add(queries.nameQuery(Fields.PERSON, p), BooleanClause.Occur.FILTER));
        filters.organisations().forEach(o -> query.add(queries.nameQuery(Fields.ORG, o), BooleanClause.Occur.FILTER));
        if (!filters.bodies().isEmpty()) {
            BooleanQuery.Builder bodies = new BooleanQuery.Builder();
            filters.bodies().forEach(b -> bodies.add(queries.nameQuery(Fields.BODY, b), BooleanClause.Occur.SHOULD));
            query.add(bodies.build(), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private TopDocs topDocuments(Query query, int n, SearchRequest.Sort order, FacetsCollector facets) throws IOException {
        Sort sort = switch (order) {
            case RELEVANCE -> null;
            case DATE -> new Sort(new SortField(Fields.DATE_SORT, SortField.Type.LONG, false), SortField.FIELD_SCORE);
            case DATE_DESCENDING -> new Sort(new SortField(Fields.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE);
        };
        if (sort != null) {
            // Documents without a known date go last either way.
            sort.getSort()[0].setMissingValue(order == SearchRequest.Sort.DATE ? Long.MAX_VALUE : Long.MIN_VALUE);
        }
        if (facets != null) {
            return sort == null ? FacetsCollector.search(searcher, query, n, facets)
                    : FacetsCollector.search(searcher, query, n, sort, true, facets);
        }
        return sort == null ? searcher.search(query, n) : searcher.search(query, n, sort, true);
    }

    /** One hit per near-duplicate group, the best-ranked copy first and the others' sources added. */
    private List<Hit> foldCopies(TopDocs top) throws IOException {
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            hits.add(new Hit(scoreDoc, searcher.storedFields().document(scoreDoc.doc)));
        }
        return foldCopies(hits);
    }

    private static List<Hit> foldCopies(List<Hit> ranked) {
        Map<String, Hit> groups = new LinkedHashMap<>();
        for (Hit hit : ranked) {
            String group = hit.stored.get(Fields.GROUP);
            Hit first = groups.get(group);
            if (first == null) {
                groups.put(group, hit);
            } else {
                first.copies.add(hit.stored);
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** The matching pages of a hit's best copy, and its best page. */
    private void findPages(Hit hit, Query pageQuery) throws IOException {
        TopDocs children = searcher.search(new ParentChildrenBlockJoinQuery(DOCUMENTS, pageQuery, hit.document.doc), 10_000);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc child : children.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(child.doc, leaves));
            NumericDocValues pages = DocValues.getNumeric(leaf.reader(), Fields.PAGE);
            if (pages.advanceExact(child.doc - leaf.docBase)) {
                hit.pages.add((int) pages.longValue());
                if (hit.bestPage == null) {
                    hit.bestPage = child; // children come best first
                    hit.bestPageNumber = (int) pages.longValue();
                }
            }
        }
    }

    private List<Snippet> highlight(Query textQuery, List<Hit> hits) throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        List<Integer> docIds = new ArrayList<>();
        for (Hit hit : hits) {
            if (hit.bestPage != null) {
                docIds.add(hit.bestPage.doc);
            }
        }
        Object[] perPage = new Object[0];
        if (!docIds.isEmpty()) {
            SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, SwedishAnalyzers.folded())
                    .withFieldMatcher(field -> true) // terms of every text field highlight the stored text
                    .withFormatter(new SnippetFormatter())
                    .withMaxLength(200_000));
            int[] ids = docIds.stream().mapToInt(Integer::intValue).toArray();
            java.util.Arrays.sort(ids);
            Object[] sorted = highlighter.snippets(Fields.TEXT, textQuery, ids, 2).get(Fields.TEXT);
            perPage = new Object[docIds.size()];
            for (int i = 0; i < docIds.size(); i++) {
                perPage[i] = sorted == null ? null : sorted[java.util.Arrays.binarySearch(ids, docIds.get(i))];
            }
        }
        int next = 0;
        for (Hit hit : hits) {
            Object snippet = hit.bestPage == null ? null : perPage[next++];
            if (snippet instanceof Snippet s) {
                snippets.add(s);
            } else {
                String text = hit.bestPage == null ? null : searcher.storedFields().document(hit.bestPage.doc).get(Fields.TEXT);
                snippets.add(SnippetFormatter.leading(text));
            }
        }
        return snippets;
    }

    private Map<String, List<SearchResults.FacetCount>> countFacets(FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = facetState();
        Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        java.util.Set<String> present = new java.util.HashSet<>();
        state.getDims().forEach(present::add);
        for (String dimension : FACET_DIMENSIONS) {
            List<SearchResults.FacetCount> values = new ArrayList<>();
            if (present.contains(dimension)) {
                FacetResult result = counts.getTopChildren(FACET_VALUES, dimension);
                if (result != null) {
                    for (LabelAndValue value : result.labelValues) {
                        values.add(new SearchResults.FacetCount(value.label, value.value.longValue()));
                    }
                }
            }
            out.put(dimension, values);
        }
        return out;
    }

    /** The facet ordinals of this reader, built once per reader (it costs a pass over the values). */
    private SortedSetDocValuesReaderState facetState() throws IOException {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        synchronized (FACET_STATES) {
            SortedSetDocValuesReaderState state = helper == null ? null : FACET_STATES.get(helper.getKey());
            if (state == null) {
                try {
                    state = new DefaultSortedSetDocValuesReaderState(reader, PageMapper.FACETS);
                } catch (IllegalArgumentException noFacetsYet) {
                    return null; // an archive without documents has no facet field yet
                }
                if (helper != null) {
                    FACET_STATES.put(helper.getKey(), state);
                }
            }
            return state;
        }
    }

    /** Exposes the highlighter's per-document objects (our {@link Snippet}s) instead of strings. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> snippets(String field, Query query, int[] docIds, int passages) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages});
        }
    }

    /** A document hit while it is being assembled. */
    private static final class Hit {
        final ScoreDoc document;
        final Document stored;
        final List<Document> copies = new ArrayList<>();
        final TreeSet<Integer> pages = new TreeSet<>();
        ScoreDoc bestPage;
        int bestPageNumber = 1;

        Hit(ScoreDoc document, Document stored) {
            this.document = document;
            this.stored = stored;
        }

        SearchHit toHit(Snippet snippet) {
            List<String> sources = new ArrayList<>();
            List<String> copyIds = new ArrayList<>();
            for (IndexableField field : stored.getFields(Fields.SOURCE)) {
                sources.add(field.stringValue());
            }
            for (Document copy : copies) {
                copyIds.add(copy.get(Fields.ID));
                for (IndexableField field : copy.getFields(Fields.SOURCE)) {
                    sources.add(field.stringValue());
                }
            }
            return new SearchHit(stored.get(Fields.ID), stored.get(Fields.TITLE), stored.get(Fields.DATE),
                    stored.get(Fields.BODY + "_stored"), stored.get(Fields.KIND), sources, copyIds,
                    bestPageNumber, List.copyOf(pages), document.score, snippet);
        }
    }
}

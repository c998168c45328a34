package org.minutes.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.minutes.index.Fields;
import org.minutes.index.analysis.SwedishAnalyzers;

/**
 * Runs a query over the page index and groups page hits into document hits, best first, each with its matching
 * pages and a highlighted snippet from its best page.
 *
 * <p>Snippets are cut from the stored page text and re-analysed with the folded analyzer, so a word matched only
 * without its diacritics is highlighted too. One instance per searcher; not shared between threads.
 */
public final class PageSearcher {

    /** Page hits examined per requested document; enough that a document's other matching pages are seen. */
    static final int PAGES_PER_DOCUMENT = 20;
    static final int MIN_PAGES = 200;

    private final IndexSearcher searcher;
    private final QueryFactory queries;

    public PageSearcher(IndexSearcher searcher, QueryFactory queries) {
        this.searcher = searcher;
        this.queries = queries;
    }

    public SearchResults search(SearchRequest request) throws IOException, QuerySyntaxException {
        Query query = queries.parse(request.query());
        int wanted = request.offset() + request.limit();
        TopDocs top = searcher.search(query, Math.max(MIN_PAGES, wanted * PAGES_PER_DOCUMENT));
        Map<String, Group> groups = group(top);
        List<Group> slice = groups.values().stream().skip(request.offset()).limit(request.limit()).toList();
        for (Group group : slice) {
            group.stored = searcher.storedFields().document(group.best.doc);
        }
        List<Snippet> snippets = highlight(query, slice);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < slice.size(); i++) {
            hits.add(slice.get(i).toHit(snippets.get(i)));
        }
        return new SearchResults(top.totalHits.value, hits);
    }

    /** Groups page hits by document, reading id and page number from doc values: no stored fields yet. */
    private Map<String, Group> group(TopDocs top) throws IOException {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
            int local = scoreDoc.doc - leaf.docBase;
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID);
            NumericDocValues pages = DocValues.getNumeric(leaf.reader(), Fields.PAGE);
            if (!ids.advanceExact(local) || !pages.advanceExact(local)) {
                continue; // not a page
            }
            String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            groups.computeIfAbsent(id, k -> new Group(scoreDoc)).pages.add((int) pages.longValue());
        }
        return groups;
    }

    private List<Snippet> highlight(Query query, List<Group> groups) throws IOException {
        if (groups.isEmpty()) {
            return List.of();
        }
        SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, SwedishAnalyzers.folded())
                .withFieldMatcher(field -> true) // terms of every text field highlight the stored text
                .withFormatter(new SnippetFormatter())
                .withMaxLength(200_000));
        int[] docIds = groups.stream().mapToInt(g -> g.best.doc).toArray();
        Map<String, Object[]> result = highlighter.snippets(Fields.TEXT, query, docIds, 2);
        Object[] perDoc = result.get(Fields.TEXT);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Object snippet = perDoc == null ? null : perDoc[i];
            snippets.add(snippet instanceof Snippet s ? s : SnippetFormatter.leading(groups.get(i).stored.get(Fields.TEXT)));
        }
        return snippets;
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

    /** The page hits of one document. */
    private static final class Group {
        final ScoreDoc best;
        final TreeSet<Integer> pages = new TreeSet<>();
        /** The best page's stored fields, loaded only for the groups shown. */
        Document stored;

        Group(ScoreDoc best) {
            this.best = best;
        }

        SearchHit toHit(Snippet snippet) {
            List<String> sources = new ArrayList<>();
            for (IndexableField field : stored.getFields(Fields.SOURCE)) {
                sources.add(field.stringValue());
            }
            return new SearchHit(stored.get(Fields.ID), stored.get(Fields.TITLE), stored.get(Fields.DATE),
                    stored.get(Fields.KIND), sources, stored.getField(Fields.PAGE).numericValue().intValue(),
                    List.copyOf(pages), best.score, snippet);
        }
    }
}

package org.minutes.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.minutes.index.Fields;
import org.minutes.index.mapping.PageMapper;

/**
 * Lists the people or organisations that appear in the most documents, with the first and last meeting date they
 * appear at: the facet counts over every document, then one sorted lookup each for the dates.
 */
public final class EntityLister {

    private static final Query DOCUMENTS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOCUMENT));

    private final IndexSearcher searcher;
    private final QueryFactory queries;

    public EntityLister(IndexSearcher searcher, QueryFactory queries) {
        this.searcher = searcher;
        this.queries = queries;
    }

    /** The {@code top} most frequent values of {@code dimension} ({@code person} or {@code org}). */
    public List<EntityListing> top(String dimension, int top) throws IOException {
        List<EntityListing> out = new ArrayList<>();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), PageMapper.FACETS);
        } catch (IllegalArgumentException noFacetsYet) {
            return out;
        }
        FacetsCollector collector = new FacetsCollector();
        FacetsCollector.search(searcher, DOCUMENTS, 1, collector);
        FacetResult result;
        try {
            result = new SortedSetDocValuesFacetCounts(state, collector).getTopChildren(top, dimension);
        } catch (IllegalArgumentException noSuchDimension) {
            return out;
        }
        if (result == null) {
            return out;
        }
        String field = dimension.equals(Fields.FACET_PERSON) ? Fields.PERSON : Fields.ORG;
        for (LabelAndValue value : result.labelValues) {
            Query named = new BooleanQuery.Builder()
                    .add(DOCUMENTS, BooleanClause.Occur.FILTER)
                    .add(queries.nameQuery(field, value.label), BooleanClause.Occur.FILTER)
                    .build();
            out.add(new EntityListing(dimension, value.label, value.value.longValue(), date(named, false), date(named, true)));
        }
        return out;
    }

    /** The earliest (or latest) known meeting date among the documents matching {@code query}. */
    private String date(Query query, boolean latest) throws IOException {
        SortField byDate = new SortField(Fields.DATE_SORT, SortField.Type.LONG, latest);
        byDate.setMissingValue(latest ? Long.MIN_VALUE : Long.MAX_VALUE);
        TopDocs top = searcher.search(query, 1, new Sort(byDate));
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.DATE);
    }
}

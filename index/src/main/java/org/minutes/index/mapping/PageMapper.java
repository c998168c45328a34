package org.minutes.index.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.minutes.index.Fields;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.model.Source;

/**
 * Turns an archived document into a Lucene block: one child per page that has text, then the document itself as
 * the parent (metadata, filters, facets). Block join ranks documents by their best page; facets count documents,
 * not pages. Stateless.
 */
public final class PageMapper {

    /** The facet dimensions; people and organisations are many per document. */
    public static final FacetsConfig FACETS = facetsConfig();

    private PageMapper() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Fields.FACET_PERSON, true);
        config.setMultiValued(Fields.FACET_ORG, true);
        return config;
    }

    /**
     * The block for {@code document}, pages first and the parent last, or an empty list when no page has text
     * (a scan waiting for OCR is kept in the document store only).
     *
     * @param group the near-duplicate group the document belongs to (its own id when it has no twin)
     * @param signature the document's MinHash signature, stored for finding later twins
     */
    public static List<org.apache.lucene.document.Document> toLucene(Document document, String group, int[] signature) {
        DocumentFacts facts = DocumentFacts.of(document);
        List<org.apache.lucene.document.Document> block = new ArrayList<>();
        for (Page page : document.pages()) {
            if (!page.isEmpty()) {
                block.add(pageDocument(document, page, facts));
            }
        }
        if (!block.isEmpty()) {
            block.add(parentDocument(document, group, signature, facts));
        }
        return block;
    }

    private static org.apache.lucene.document.Document pageDocument(Document document, Page page, DocumentFacts facts) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_PAGE, Field.Store.NO));
        d.add(new StringField(Fields.ID, document.id(), Field.Store.YES));
        d.add(new StoredField(Fields.PAGE, page.number()));
        d.add(new NumericDocValuesField(Fields.PAGE, page.number()));
        d.add(new StringField(Fields.KIND, document.kind().label(), Field.Store.NO));
        addDatePoints(d, document.meetingDate());
        addFacts(d, facts);
        d.add(new TextField(Fields.TEXT, page.text(), Field.Store.YES));
        d.add(new TextField(Fields.TEXT_EXACT, page.text(), Field.Store.NO));
        d.add(new TextField(Fields.TEXT_FOLDED, page.text(), Field.Store.NO));
        return d;
    }

    private static org.apache.lucene.document.Document parentDocument(Document document, String group, int[] signature,
                                                                      DocumentFacts facts) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_DOCUMENT, Field.Store.NO));
        d.add(new StringField(Fields.ID, document.id(), Field.Store.YES));
        d.add(new StringField(Fields.GROUP, group, Field.Store.YES));
        d.add(new StoredField(Fields.SIGNATURE, toBytes(signature)));
        d.add(new StoredField(Fields.LENGTH, document.fullText().length()));
        for (Source source : document.sources()) {
            d.add(new StringField(Fields.SOURCE, source.path(), Field.Store.YES));
        }
        if (document.title() != null) {
            d.add(new StoredField(Fields.TITLE, document.title()));
        }
        d.add(new StringField(Fields.KIND, document.kind().label(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, document.kind().label()));
        PartialDate date = document.meetingDate();
        if (date != null) {
            d.add(new StoredField(Fields.DATE, date.iso()));
            if (date.firstDay() != null) {
                d.add(new NumericDocValuesField(Fields.DATE_SORT, date.firstDay().toEpochDay()));
                d.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, String.valueOf(date.year())));
            }
        }
        addDatePoints(d, date);
        addFacts(d, facts);
        if (facts.body() != null) {
            d.add(new StoredField(Fields.BODY + "_stored", facts.body()));
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_BODY, facts.body()));
        }
        facts.persons().forEach(p -> d.add(new SortedSetDocValuesFacetField(Fields.FACET_PERSON, p)));
        facts.organisations().forEach(o -> d.add(new SortedSetDocValuesFacetField(Fields.FACET_ORG, o)));
        try {
            return FACETS.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signature as bytes, for a stored field. */
    public static byte[] toBytes(int[] signature) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(signature.length * 4);
        buffer.asIntBuffer().put(signature);
        return buffer.array();
    }

    public static int[] fromBytes(BytesRef bytes) {
        int[] signature = new int[bytes.length / 4];
        java.nio.ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asIntBuffer().get(signature);
        return signature;
    }

    private static void addDatePoints(org.apache.lucene.document.Document d, PartialDate date) {
        if (date != null && date.firstDay() != null) {
            d.add(new IntPoint(Fields.DATE_FIRST_DAY, (int) date.firstDay().toEpochDay()));
            d.add(new IntPoint(Fields.DATE_LAST_DAY, (int) date.lastDay().toEpochDay()));
        }
    }

    private static void addFacts(org.apache.lucene.document.Document d, DocumentFacts facts) {
        if (facts.body() != null) {
            d.add(new TextField(Fields.BODY, facts.body(), Field.Store.NO));
        }
        facts.personMentions().forEach(p -> d.add(new TextField(Fields.PERSON, p, Field.Store.NO)));
        facts.organisationMentions().forEach(o -> d.add(new TextField(Fields.ORG, o, Field.Store.NO)));
    }
}

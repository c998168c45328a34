package org.minutes.index.mapping;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.minutes.index.Fields;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Source;

/** Turns an archived document into one Lucene document per page that has text. Stateless. */
public final class PageMapper {

    private PageMapper() {
    }

    public static List<org.apache.lucene.document.Document> toLucene(Document document) {
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        for (Page page : document.pages()) {
            if (!page.isEmpty()) {
                out.add(pageDocument(document, page));
            }
        }
        return out;
    }

    private static org.apache.lucene.document.Document pageDocument(Document document, Page page) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_PAGE, Field.Store.NO));
        d.add(new StringField(Fields.ID, document.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.ID, new BytesRef(document.id())));
        d.add(new StoredField(Fields.PAGE, page.number()));
        d.add(new NumericDocValuesField(Fields.PAGE, page.number()));
        for (Source source : document.sources()) {
            d.add(new StringField(Fields.SOURCE, source.path(), Field.Store.YES));
        }
        if (document.title() != null) {
            d.add(new StoredField(Fields.TITLE, document.title()));
        }
        d.add(new StringField(Fields.KIND, document.kind().label(), Field.Store.YES));
        if (document.meetingDate() != null) {
            d.add(new StoredField(Fields.DATE, document.meetingDate().iso()));
            if (document.meetingDate().firstDay() != null) {
                d.add(new IntPoint(Fields.DATE_FIRST_DAY, (int) document.meetingDate().firstDay().toEpochDay()));
                d.add(new IntPoint(Fields.DATE_LAST_DAY, (int) document.meetingDate().lastDay().toEpochDay()));
            }
        }
        d.add(new TextField(Fields.TEXT, page.text(), Field.Store.YES));
        d.add(new TextField(Fields.TEXT_EXACT, page.text(), Field.Store.NO));
        d.add(new TextField(Fields.TEXT_FOLDED, page.text(), Field.Store.NO));
        return d;
    }
}

package org.minutes.index;

/**
 * Names of the index fields, in one place. One Lucene document is one page; document-level values are repeated
 * on each of its pages so any page hit carries them.
 */
public final class Fields {
    /** Document id (exact, stored, doc values for grouping). */
    public static final String ID = "id";
    /** Page number (stored). */
    public static final String PAGE = "page";
    /** Source file path, one value per source (exact, stored). */
    public static final String SOURCE = "source";
    /** Document title (stored). */
    public static final String TITLE = "title";
    /** Source kind: pdf, scan, text, web, office (exact, stored). */
    public static final String KIND = "kind";
    /** Meeting date as ISO 8601, possibly partial (stored). */
    public static final String DATE = "date";
    /** First and last day the meeting date can mean, as epoch days (points, for range filters). */
    public static final String DATE_FIRST_DAY = "date_first";
    public static final String DATE_LAST_DAY = "date_last";
    /** Meeting date as epoch day of its first day, for sorting by date (doc values, on the document). */
    public static final String DATE_SORT = "date_sort";
    /** Near-duplicate group: the id of the first document of a set of copies of the same minutes (exact, stored). */
    public static final String GROUP = "group";
    /** The MinHash signature (stored bytes) and text length (stored) of a document, for near-duplicate groups. */
    public static final String SIGNATURE = "minhash";
    public static final String LENGTH = "length";
    /** People, organisations and the meeting body, lower-cased words, on pages and documents (query fields). */
    public static final String PERSON = "person";
    public static final String ORG = "org";
    public static final String BODY = "body";
    /** Facet dimensions, on the document. */
    public static final String FACET_YEAR = "year";
    public static final String FACET_KIND = "kind";
    public static final String FACET_BODY = "body";
    public static final String FACET_PERSON = "person";
    public static final String FACET_ORG = "org";

    /** Page text with Swedish stemming; the stored value is what snippets are cut from. */
    public static final String TEXT = "text";
    /** Page text lower-cased only: an exact word form ranks first. */
    public static final String TEXT_EXACT = "text_exact";
    /** Page text with diacritics folded (å→a, ö→o) and stemmed: a query typed without å/ä/ö still matches. */
    public static final String TEXT_FOLDED = "text_folded";

    /** What a Lucene document is: {@link #TYPE_PAGE} or {@link #TYPE_SOURCE} (exact). */
    public static final String TYPE = "type";
    public static final String TYPE_PAGE = "page";
    /** The parent of a document's pages (last in its block): metadata, filters and facets. */
    public static final String TYPE_DOCUMENT = "document";
    /** One per source file: its state for import, sync and check, committed atomically with the pages. */
    public static final String TYPE_SOURCE = "source";

    /** Source record fields: path (exact), content hash, size, modification time, document, status, reason, attempts. */
    public static final String SRC_PATH = "src_path";
    public static final String SRC_SHA = "src_sha";
    public static final String SRC_SIZE = "src_size";
    public static final String SRC_MODIFIED = "src_modified";
    public static final String SRC_DOCUMENT = "src_document";
    public static final String SRC_STATUS = "src_status";
    public static final String SRC_REASON = "src_reason";
    public static final String SRC_ATTEMPTS = "src_attempts";

    private Fields() {
    }
}

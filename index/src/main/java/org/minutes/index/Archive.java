package org.minutes.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.minutes.index.analysis.SwedishAnalyzers;
import org.minutes.index.dedup.MinHash;
import org.minutes.index.dedup.NearDuplicates;
import org.minutes.index.mapping.PageMapper;
import org.minutes.index.search.DocumentSearcher;
import org.minutes.index.search.QueryFactory;
import org.minutes.index.search.QuerySyntaxException;
import org.minutes.index.search.SearchRequest;
import org.minutes.index.search.SearchResults;
import org.minutes.pipeline.ingest.Hashing;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Source;
import org.minutes.pipeline.ocr.OcrStage;
import org.minutes.pipeline.outcome.FileOutcome;

/**
 * The archive on disk: a folder holding the Lucene index ({@code index/}) and the full document records
 * ({@code documents/}).
 *
 * <p>The index holds one Lucene document per page and one per source file (its {@link SourceRecord}), so what
 * import and sync know about each file is committed atomically with the pages: after a crash the archive is
 * exactly as at the last {@link #commit()}. Document records are written before the index points to them and
 * deleted only after a commit stops pointing to them, so a crash at any moment leaves no dangling pointer.
 *
 * <p>Opened for writing, it holds Lucene's write lock, so a second writer fails at once with
 * {@link ArchiveLockedException} while readers keep working. Not thread-safe for writes: one thread writes.
 */
public final class Archive implements Closeable {

    /** The archive folder used when none is given. */
    public static final String DEFAULT_DIR = "archive";

    private final Path dir;
    private final DocumentStore store;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryFactory queries = new QueryFactory();
    /** Document records to delete once the index no longer points to them (after the next commit). */
    private final Set<String> pendingDeletes = new LinkedHashSet<>();
    /** When writing: every source record by path, loaded once, so lookups need no index refresh. */
    private Map<String, SourceRecord> records;
    private NearDuplicates twins;

    private Archive(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.dir = dir;
        this.store = new DocumentStore(dir.resolve("documents"));
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens (creating if needed) the archive at {@code dir} for import; fails if another writer has it. */
    public static Archive openForWriting(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("index"));
        Directory directory = FSDirectory.open(dir.resolve("index"));
        try {
            IndexWriterConfig config = new IndexWriterConfig(SwedishAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // an empty archive is a valid archive: readers can open it at once
            }
            return new Archive(dir, directory, writer, new SearcherManager(writer, null));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new ArchiveLockedException("the archive " + dir + " is being written by another import or sync", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the archive at {@code dir} for searching and reading; never blocks writers.
     *
     * @throws NoSuchFileException when there is no archive there yet
     */
    public static Archive openForReading(Path dir) throws IOException {
        if (!Files.isDirectory(dir.resolve("index"))) {
            throw new NoSuchFileException(dir.toString(), null, "no archive here yet (run 'minutes import' first)");
        }
        Directory directory = FSDirectory.open(dir.resolve("index"));
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new NoSuchFileException(dir.toString(), null, "no archive here yet (run 'minutes import' first)");
        }
        return new Archive(dir, directory, null, new SearcherManager(directory, null));
    }

    public Path dir() {
        return dir;
    }

    /** The Lucene index folder, for {@code check}. */
    public Path indexDir() {
        return dir.resolve("index");
    }

    /** The archived document with this content hash, if any. */
    public Optional<Document> findByContent(String sha256) throws IOException {
        return store.get(Hashing.idOf(sha256));
    }

    /**
     * Stores {@code document}: new content is imported; content already archived under another path gains that
     * path as a source; a path that held other content before is updated (the old version is removed).
     */
    public FileOutcome.Status put(Document document) throws IOException {
        requireWritable();
        Source source = document.primarySource();
        Optional<SourceRecord> before = sourceRecord(source.path());
        Optional<Document> existing = store.get(document.id());
        FileOutcome.Status status;
        if (existing.isPresent()) {
            Document known = existing.get();
            List<Source> sources = new ArrayList<>(known.sources().stream().filter(s -> !s.path().equals(source.path())).toList());
            boolean newPath = sources.size() == known.sources().size();
            sources.add(source);
            detachPath(source.path(), document.id());
            write(known.withSources(sources));
            status = newPath && before.map(r -> r.documentId() != null && !r.documentId().equals(document.id())).orElse(false)
                    ? FileOutcome.Status.UPDATED : FileOutcome.Status.UNCHANGED;
        } else {
            boolean replaced = detachPath(source.path(), document.id());
            write(document);
            status = replaced ? FileOutcome.Status.UPDATED : FileOutcome.Status.IMPORTED;
        }
        putRecord(new SourceRecord(source.path(), source.sha256(), source.size(), source.modifiedMillis(), document.id(),
                archivedStatus(document), null, 0));
        return status;
    }

    /** Replaces the stored document (same id) with {@code document}, e.g. after reprocessing. */
    public void replace(Document document) throws IOException {
        requireWritable();
        write(document);
        for (Source source : document.sources()) {
            putRecord(new SourceRecord(source.path(), source.sha256(), source.size(), source.modifiedMillis(), document.id(),
                    archivedStatus(document), null, 0));
        }
    }

    private static SourceRecord.Status archivedStatus(Document document) {
        return OcrStage.waitsForOcr(document) ? SourceRecord.Status.WAITING : SourceRecord.Status.INDEXED;
    }

    /** Records that {@code path} could not be imported (or was quarantined); earlier content stays archived. */
    public void recordFailure(SourceRecord record) throws IOException {
        requireWritable();
        Optional<SourceRecord> before = sourceRecord(record.path());
        // A file that was indexed and now fails keeps its last good document: the record remembers it.
        String documentId = before.map(SourceRecord::documentId).orElse(record.documentId());
        putRecord(new SourceRecord(record.path(), record.sha256(), record.size(), record.modifiedMillis(), documentId,
                record.status(), record.reason(), record.attempts()));
    }

    /** Removes {@code path} from the archive: its record, and its document unless another source holds it. */
    public boolean removeSource(String path) throws IOException {
        requireWritable();
        boolean had = detachPath(path, null);
        writer.deleteDocuments(new Term(Fields.SRC_PATH, path));
        writerRecords().remove(path);
        return had;
    }

    /** Takes {@code path} off the document it points to, except {@code keepId}; true when another doc had it. */
    private boolean detachPath(String path, String keepId) throws IOException {
        Optional<SourceRecord> record = sourceRecord(path);
        if (record.isEmpty() || record.get().documentId() == null || record.get().documentId().equals(keepId)) {
            return false;
        }
        String id = record.get().documentId();
        Optional<Document> old = store.get(id);
        List<Source> remaining = old.map(d -> d.sources().stream().filter(s -> !s.path().equals(path)).toList()).orElse(List.of());
        if (remaining.isEmpty()) {
            writer.deleteDocuments(new Term(Fields.ID, id));
            nearDuplicates().remove(id);
            pendingDeletes.add(id);
        } else {
            write(old.get().withSources(remaining));
        }
        return true;
    }

    private void write(Document document) throws IOException {
        pendingDeletes.remove(document.id());
        store.put(document);
        String text = document.fullText();
        int[] signature = MinHash.signature(text);
        NearDuplicates twins = nearDuplicates();
        String group = twins.groupFor(document.id(), signature, text.length()).orElse(document.id());
        twins.add(new NearDuplicates.Entry(document.id(), group, signature, text.length()));
        var pages = PageMapper.toLucene(document, group, signature);
        Term id = new Term(Fields.ID, document.id());
        if (pages.isEmpty()) {
            // A document with no text yet (a scan waiting for OCR) is kept in the store only. Lucene's
            // updateDocuments with no documents upsets its memory accounting, so delete instead.
            writer.deleteDocuments(id);
        } else {
            writer.updateDocuments(id, pages);
        }
    }

    private void putRecord(SourceRecord record) throws IOException {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_SOURCE, Field.Store.NO));
        d.add(new StringField(Fields.SRC_PATH, record.path(), Field.Store.YES));
        if (record.sha256() != null) {
            d.add(new StoredField(Fields.SRC_SHA, record.sha256()));
        }
        d.add(new StoredField(Fields.SRC_SIZE, record.size()));
        d.add(new StoredField(Fields.SRC_MODIFIED, record.modifiedMillis()));
        if (record.documentId() != null) {
            d.add(new StringField(Fields.SRC_DOCUMENT, record.documentId(), Field.Store.YES));
        }
        d.add(new StringField(Fields.SRC_STATUS, record.status().label(), Field.Store.YES));
        if (record.reason() != null) {
            d.add(new StoredField(Fields.SRC_REASON, record.reason()));
        }
        d.add(new StoredField(Fields.SRC_ATTEMPTS, record.attempts()));
        writer.updateDocument(new Term(Fields.SRC_PATH, record.path()), d);
        writerRecords().put(record.path(), record);
    }

    /** When writing: every document's MinHash signature and group, loaded once from the index. */
    private NearDuplicates nearDuplicates() throws IOException {
        if (twins == null) {
            twins = new NearDuplicates();
            refreshIfWriting();
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs all = searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOCUMENT)),
                        Math.max(1, searcher.getIndexReader().maxDoc()));
                StoredFields fields = searcher.storedFields();
                for (ScoreDoc hit : all.scoreDocs) {
                    org.apache.lucene.document.Document d = fields.document(hit.doc);
                    twins.add(new NearDuplicates.Entry(d.get(Fields.ID), d.get(Fields.GROUP),
                            PageMapper.fromBytes(d.getBinaryValue(Fields.SIGNATURE)),
                            d.getField(Fields.LENGTH).numericValue().intValue()));
                }
            } finally {
                searchers.release(searcher);
            }
        }
        return twins;
    }

    private Map<String, SourceRecord> writerRecords() throws IOException {
        if (records == null) {
            records = new LinkedHashMap<>();
            for (SourceRecord record : records(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE)), Integer.MAX_VALUE)) {
                records.put(record.path(), record);
            }
        }
        return records;
    }

    /** What the archive knows about the file at {@code path} (absolute), if anything. */
    public Optional<SourceRecord> sourceRecord(String path) throws IOException {
        if (writer != null) {
            return Optional.ofNullable(writerRecords().get(path));
        }
        List<SourceRecord> found = records(new TermQuery(new Term(Fields.SRC_PATH, path)), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every source record, in index order. */
    public List<SourceRecord> sourceRecords() throws IOException {
        if (writer != null) {
            return List.copyOf(writerRecords().values());
        }
        return records(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE)), Integer.MAX_VALUE);
    }

    /** The source records with {@code status}. */
    public List<SourceRecord> sourceRecords(SourceRecord.Status status) throws IOException {
        return sourceRecords().stream().filter(r -> r.status() == status).toList();
    }

    private List<SourceRecord> records(org.apache.lucene.search.Query query, int max) throws IOException {
        refreshIfWriting();
        IndexSearcher searcher = searchers.acquire();
        try {
            int n = Math.max(1, Math.min(max, searcher.getIndexReader().maxDoc()));
            TopDocs top = searcher.search(query, n);
            StoredFields fields = searcher.storedFields();
            List<SourceRecord> out = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                org.apache.lucene.document.Document d = fields.document(hit.doc);
                out.add(new SourceRecord(d.get(Fields.SRC_PATH), d.get(Fields.SRC_SHA),
                        d.getField(Fields.SRC_SIZE).numericValue().longValue(),
                        d.getField(Fields.SRC_MODIFIED).numericValue().longValue(),
                        d.get(Fields.SRC_DOCUMENT),
                        SourceRecord.Status.valueOf(d.get(Fields.SRC_STATUS).toUpperCase(Locale.ROOT)),
                        d.get(Fields.SRC_REASON),
                        d.getField(Fields.SRC_ATTEMPTS).numericValue().intValue()));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes every change so far durable and visible to other processes. */
    public void commit() throws IOException {
        requireWritable();
        writer.commit();
        for (String id : pendingDeletes) {
            store.delete(id);
        }
        pendingDeletes.clear();
        searchers.maybeRefresh();
    }

    /**
     * The document whose id is {@code idOrPrefix} or starts with it (at least 4 characters, like git).
     *
     * @throws IllegalArgumentException when the prefix is ambiguous or not an id
     */
    public Optional<Document> get(String idOrPrefix) throws IOException {
        String prefix = idOrPrefix.trim().toLowerCase(Locale.ROOT);
        if (!prefix.matches("[0-9a-f]{4,64}")) {
            throw new IllegalArgumentException("not a document id: '" + idOrPrefix + "' (ids are hexadecimal, at least 4 digits)");
        }
        List<String> ids = store.idsStartingWith(prefix);
        ids.removeAll(pendingDeletes);
        if (ids.size() > 1) {
            throw new IllegalArgumentException("the id prefix '" + idOrPrefix + "' matches " + ids.size() + " documents; give more digits");
        }
        return ids.isEmpty() ? Optional.empty() : store.get(ids.get(0));
    }

    public SearchResults search(SearchRequest request) throws IOException, QuerySyntaxException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return new DocumentSearcher(searcher, queries).search(request);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The people ({@code person}) or organisations ({@code org}) that appear in the most documents. */
    public List<org.minutes.index.search.EntityListing> entities(String dimension, int top) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return new org.minutes.index.search.EntityLister(searcher, queries).top(dimension, top);
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many pages the index holds (committed or, when writing, not yet committed). */
    public int pageCount() throws IOException {
        refreshIfWriting();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE)));
        } finally {
            searchers.release(searcher);
        }
    }

    private void refreshIfWriting() throws IOException {
        if (writer != null) {
            searchers.maybeRefreshBlocking();
        } else {
            searchers.maybeRefresh();
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("the archive was opened for reading");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.close(); // commits what is pending
                for (String id : pendingDeletes) {
                    store.delete(id);
                }
            }
        } finally {
            directory.close();
        }
    }
}

package org.minutes.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.minutes.index.analysis.SwedishAnalyzers;
import org.minutes.index.mapping.PageMapper;
import org.minutes.index.search.PageSearcher;
import org.minutes.index.search.QueryFactory;
import org.minutes.index.search.QuerySyntaxException;
import org.minutes.index.search.SearchRequest;
import org.minutes.index.search.SearchResults;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Source;
import org.minutes.pipeline.outcome.FileOutcome;

/**
 * The archive on disk: a folder holding the Lucene index of pages ({@code index/}) and the full document records
 * ({@code documents/}).
 *
 * <p>Opened for writing, it holds Lucene's write lock, so a second writer fails at once with
 * {@link ArchiveLockedException} while readers keep working. Changes become visible to other processes at
 * {@link #commit()}; a crash before that loses only the uncommitted changes. Not thread-safe for writes: one
 * importer thread calls {@link #put}.
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
     * @throws java.nio.file.NoSuchFileException when there is no archive there yet
     */
    public static Archive openForReading(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir.resolve("index"));
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no archive here yet (run 'minutes import' first)");
        }
        return new Archive(dir, directory, null, new SearcherManager(directory, null));
    }

    public Path dir() {
        return dir;
    }

    /** The archived document with this content hash, if any. */
    public Optional<Document> findByContent(String sha256) throws IOException {
        return store.get(org.minutes.pipeline.ingest.Hashing.idOf(sha256));
    }

    /**
     * Stores {@code document}: new content is imported; content already archived under another path gains that
     * path as a source; a path that held other content before is updated (the old version is removed).
     */
    public FileOutcome.Status put(Document document) throws IOException {
        requireWritable();
        String path = document.primarySource().path();
        Optional<Document> existing = store.get(document.id());
        if (existing.isPresent()) {
            Document known = existing.get();
            if (known.sources().stream().anyMatch(s -> s.path().equals(path))) {
                return FileOutcome.Status.UNCHANGED;
            }
            List<Source> sources = new ArrayList<>(known.sources());
            sources.add(document.primarySource());
            write(known.withSources(sources));
            return FileOutcome.Status.UNCHANGED;
        }
        boolean replaced = detachPath(path);
        write(document);
        return replaced ? FileOutcome.Status.UPDATED : FileOutcome.Status.IMPORTED;
    }

    /** Removes {@code path} from whichever documents list it as a source; true when there was one. */
    private boolean detachPath(String path) throws IOException {
        List<String> ids = idsWithSource(path);
        for (String id : ids) {
            Optional<Document> old = store.get(id);
            if (old.isEmpty()) {
                writer.deleteDocuments(new Term(Fields.ID, id));
                continue;
            }
            List<Source> remaining = old.get().sources().stream().filter(s -> !s.path().equals(path)).toList();
            if (remaining.isEmpty()) {
                writer.deleteDocuments(new Term(Fields.ID, id));
                store.delete(id);
            } else {
                write(old.get().withSources(remaining));
            }
        }
        return !ids.isEmpty();
    }

    private void write(Document document) throws IOException {
        store.put(document);
        var pages = PageMapper.toLucene(document);
        Term id = new Term(Fields.ID, document.id());
        if (pages.isEmpty()) {
            // A document with no text yet (a scan waiting for OCR) is kept in the store only. Lucene's
            // updateDocuments with no documents upsets its memory accounting, so delete instead.
            writer.deleteDocuments(id);
        } else {
            writer.updateDocuments(id, pages);
        }
    }

    private List<String> idsWithSource(String path) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.SOURCE, path)), 1000);
            List<String> ids = new ArrayList<>();
            for (var hit : top.scoreDocs) {
                String id = searcher.storedFields().document(hit.doc).get(Fields.ID);
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes every change so far durable and visible to other processes. */
    public void commit() throws IOException {
        requireWritable();
        writer.commit();
        searchers.maybeRefresh();
    }

    /**
     * The document whose id is {@code idOrPrefix} or starts with it (at least 4 characters, like git).
     *
     * @throws IllegalArgumentException when the prefix is ambiguous or not an id
     */
    public Optional<Document> get(String idOrPrefix) throws IOException {
        String prefix = idOrPrefix.trim().toLowerCase(java.util.Locale.ROOT);
        if (!prefix.matches("[0-9a-f]{4,64}")) {
            throw new IllegalArgumentException("not a document id: '" + idOrPrefix + "' (ids are hexadecimal, at least 4 digits)");
        }
        List<String> ids = store.idsStartingWith(prefix);
        if (ids.size() > 1) {
            throw new IllegalArgumentException("the id prefix '" + idOrPrefix + "' matches " + ids.size() + " documents; give more digits");
        }
        return ids.isEmpty() ? Optional.empty() : store.get(ids.get(0));
    }

    public SearchResults search(SearchRequest request) throws IOException, QuerySyntaxException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return new PageSearcher(searcher, queries).search(request);
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many pages the index holds (committed or, when writing, not yet committed). */
    public int pageCount() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
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
            }
        } finally {
            directory.close();
        }
    }
}

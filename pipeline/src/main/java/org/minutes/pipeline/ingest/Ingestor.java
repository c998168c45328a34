package org.minutes.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Source;
import org.minutes.pipeline.model.TextMethod;

/**
 * The first stage: turns a file into a {@link Document} with one page of text per source page.
 *
 * <p>The media type is detected from the file's content (Apache Tika), not trusted from its name, so binary junk
 * named {@code .pdf} is refused with a reason. Safe to share between threads.
 */
public final class Ingestor {

    /** File name endings that a folder walk picks up; a file named explicitly is tried whatever its name. */
    public static final Set<String> KNOWN_EXTENSIONS = Set.of(
            "pdf", "txt", "text", "htm", "html", "xhtml", "docx", "doc", "odt", "rtf",
            "tif", "tiff", "png", "jpg", "jpeg");

    private final Tika tika = new Tika();
    private final List<DocumentReader> readers;

    public Ingestor() {
        this.readers = List.of(new PdfReader(), new TextFileReader(), new TikaReader(), new PageImageReader());
    }

    /** True when a folder walk should pick up {@code file}, judged by its name's ending. */
    public static boolean hasKnownExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && KNOWN_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /**
     * Reads {@code file} into a document.
     *
     * @throws PipelineException when the file cannot be read at all; the message says why in one line
     */
    public Document read(Path file) throws PipelineException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new PipelineException(Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new PipelineException("empty file (0 bytes)");
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            String sha = Hashing.sha256(file);
            String mediaType = detect(file);
            DocumentReader reader = readerFor(mediaType);
            ReadResult result = reader.read(file, mediaType);
            Source source = new Source(file.toAbsolutePath().normalize().toString(), sha, size, modified);
            List<Page> pages = result.pages().isEmpty() ? List.of(Page.of(1, "", TextMethod.NONE, "no pages")) : result.pages();
            return Document.of(Hashing.idOf(sha), source, mediaType, result.kind(), pages)
                    .withTitle(blankToNull(result.title()))
                    .withProblems(result.problems());
        } catch (IOException e) {
            throw new PipelineException("cannot read: " + describe(e), e);
        } catch (RuntimeException e) {
            // Parsers throw unchecked exceptions on damaged input; that is the file's fault, not the batch's.
            throw new PipelineException("damaged or unreadable file: " + describe(e), e);
        }
    }

    /** The media type detected from content and name, without parameters. */
    public String detect(Path file) throws IOException {
        String type = tika.detect(file);
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
    }

    private DocumentReader readerFor(String mediaType) throws PipelineException {
        for (DocumentReader reader : readers) {
            if (reader.accepts(mediaType)) {
                return reader;
            }
        }
        throw new PipelineException("unsupported file type (" + mediaType + ")");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip().replaceAll("\\s+", " ");
    }
}

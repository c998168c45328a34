package org.minutes.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Problem;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;
import org.xml.sax.SAXException;

/** Reads web pages and office documents (HTML, DOCX, DOC, ODT, RTF) through Apache Tika, as one page of text. */
final class TikaReader implements DocumentReader {

    /** Characters kept from one document; the rest is cut and reported, so a bomb cannot take the heap. */
    static final int MAX_CHARS = 20_000_000;

    private static final Set<String> WEB = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> OFFICE = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/rtf");

    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public boolean accepts(String mediaType) {
        return WEB.contains(mediaType) || OFFICE.contains(mediaType);
    }

    /** An entry larger than this that compresses better than {@link #MAX_RATIO} to one is a decompression bomb. */
    static final long BOMB_ENTRY_BYTES = 10L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    /** No office document needs more than this once unpacked. */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

    @Override
    public ReadResult read(Path file, String mediaType) throws IOException, PipelineException {
        if (isZipPackage(mediaType)) {
            refuseZipBomb(file);
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        List<Problem> problems = List.of();
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new PipelineException("encrypted document: it needs a password to open");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new PipelineException("cannot parse: " + e.getMessage(), e);
            }
            problems = List.of(new Problem("ingest", 1, "text cut after " + MAX_CHARS + " characters"));
        } catch (TikaException e) {
            throw new PipelineException("cannot parse: " + rootMessage(e), e);
        }
        SourceKind kind = WEB.contains(mediaType) ? SourceKind.WEB : SourceKind.OFFICE;
        Page page = Page.of(1, handler.toString(), TextMethod.PLAIN, kind == SourceKind.WEB ? "web page" : "office document");
        return new ReadResult(kind, metadata.get(TikaCoreProperties.TITLE), List.of(page), problems);
    }

    private static boolean isZipPackage(String mediaType) {
        return mediaType.startsWith("application/vnd.openxmlformats") || mediaType.startsWith("application/vnd.oasis.opendocument");
    }

    /** Refuses a ZIP package whose entries unpack to far more than any document needs, before anything unpacks. */
    private static void refuseZipBomb(Path file) throws PipelineException {
        long total = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = Math.max(1, entry.getCompressedSize());
                total += Math.max(0, size);
                if (size > BOMB_ENTRY_BYTES && size / packed > MAX_RATIO || total > MAX_UNPACKED_BYTES) {
                    throw new PipelineException("decompression bomb: " + entry.getName() + " unpacks from " + packed
                            + " to " + size + " bytes");
                }
            }
        } catch (IOException e) {
            throw new PipelineException("damaged ZIP package: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

package org.minutes.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.minutes.pipeline.PipelineException;

/**
 * Reads one kind of file into pages of text. Implementations are stateless and safe to share between threads.
 */
interface DocumentReader {

    /** True when this reader handles files of {@code mediaType}. */
    boolean accepts(String mediaType);

    /**
     * Reads {@code file}. A page that cannot be read becomes a page without text plus a problem; a file that cannot
     * be read at all throws.
     */
    ReadResult read(Path file, String mediaType) throws IOException, PipelineException;
}

package org.minutes.pipeline.ingest;

import java.util.List;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Problem;
import org.minutes.pipeline.model.SourceKind;

/**
 * What a reader got out of a file.
 *
 * @param kind the kind of source
 * @param title a title declared by the file itself (PDF metadata, HTML title), or null
 * @param pages the pages, numbered from 1
 * @param problems page-level problems met while reading
 */
record ReadResult(SourceKind kind, String title, List<Page> pages, List<Problem> problems) {
    ReadResult {
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
    }
}

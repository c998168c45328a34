package org.minutes.pipeline;

import org.minutes.pipeline.model.Document;

/**
 * One step of the pipeline after ingestion: takes a document and returns a new one with its work added.
 *
 * <p>A stage never mutates its input (the model is immutable) and never throws for damaged content: it records a
 * {@link org.minutes.pipeline.model.Problem} on the document instead. Stages must be safe to call from several
 * threads at once.
 */
public interface Stage {

    /** A short name, used in provenance and messages: {@code normalize}, {@code ocr}, {@code repair}… */
    String name();

    /** The version of this stage's behaviour; bump it when its output for the same input changes. */
    String version();

    /** Does this stage's work on {@code document} and returns the result. */
    Document apply(Document document);

    /** Applies the stage and records its name and version on the result. */
    default Document run(Document document) {
        return apply(document).withVersion(name(), version());
    }
}

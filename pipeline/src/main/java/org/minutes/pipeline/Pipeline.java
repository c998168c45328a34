package org.minutes.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minutes.pipeline.extract.MetadataStage;
import org.minutes.pipeline.ingest.Ingestor;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.normalize.NormalizeStage;
import org.minutes.pipeline.ocr.OcrOptions;
import org.minutes.pipeline.ocr.OcrStage;

/**
 * The chain that turns a file into an archived document: ingest, then each {@link Stage} in order.
 *
 * <p>{@link #standard(OcrOptions)} is the one place that lists the stages. Thread-safe: one pipeline serves all
 * workers. {@link #close()} releases what stages hold (OCR worker threads and their engines).
 */
public final class Pipeline implements AutoCloseable {

    private final Ingestor ingestor;
    private final List<Stage> stages;

    public Pipeline(Ingestor ingestor, List<Stage> stages) {
        this.ingestor = ingestor;
        this.stages = List.copyOf(stages);
    }

    /** The standard chain with OCR where needed ({@link OcrOptions#auto()}). */
    public static Pipeline standard() {
        return standard(OcrOptions.auto());
    }

    /** The standard chain: ingest → OCR → normalize → metadata. */
    public static Pipeline standard(OcrOptions ocr) {
        List<Stage> stages = new ArrayList<>();
        stages.add(new OcrStage(ocr));
        stages.add(new NormalizeStage());
        stages.add(new MetadataStage());
        return new Pipeline(new Ingestor(), stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Reads {@code file} and runs every stage on it.
     *
     * @throws PipelineException when the file cannot be read, or a stage failed unexpectedly; one line for the user
     */
    public Document process(Path file) throws PipelineException {
        Document document = ingestor.read(file);
        for (Stage stage : stages) {
            try {
                document = stage.run(document);
            } catch (RuntimeException e) {
                throw new PipelineException("internal error in stage " + stage.name() + ": " + e, e);
            }
        }
        return document;
    }

    /** Closes every stage that holds resources; the pipeline must not be used afterwards. */
    @Override
    public void close() {
        for (Stage stage : stages) {
            if (stage instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot close stage " + stage.name() + ": " + e.getMessage(), e);
                }
            }
        }
    }
}

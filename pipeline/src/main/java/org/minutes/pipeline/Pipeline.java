package org.minutes.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutes.pipeline.extract.EntityStage;
import org.minutes.pipeline.extract.MetadataStage;
import org.minutes.pipeline.ingest.Ingestor;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.normalize.NormalizeStage;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.ocr.OcrStage;
import org.minutes.pipeline.repair.RepairStage;

/**
 * The chain that turns a file into an archived document: ingest, then each {@link Stage} in order.
 *
 * <p>{@link #standard(PipelineSettings)} is the one place that lists the stages. Thread-safe: one pipeline serves all
 * workers. {@link #close()} releases what stages hold (OCR worker threads and their engines).
 */
public final class Pipeline implements AutoCloseable {

    private final Ingestor ingestor;
    private final List<Stage> stages;

    public Pipeline(Ingestor ingestor, List<Stage> stages) {
        this.ingestor = ingestor;
        this.stages = List.copyOf(stages);
    }

    /** The standard chain with {@link PipelineSettings#defaults()}. */
    public static Pipeline standard() {
        return standard(PipelineSettings.defaults());
    }

    /** The standard chain: ingest → OCR → normalize → repair → metadata → entities. */
    public static Pipeline standard(PipelineSettings settings) {
        List<Stage> stages = new ArrayList<>();
        stages.add(new OcrStage(settings.ocr()));
        stages.add(new NormalizeStage());
        stages.add(RepairStage.learning(settings.archiveWords()));
        stages.add(new MetadataStage());
        stages.add(new EntityStage());
        return new Pipeline(new Ingestor(), stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * The version of every stage, as recorded on the documents this pipeline produces; a document whose
     * {@link Document#versions()} differ was made by an older pipeline and can be reprocessed.
     */
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Stage stage : stages) {
            versions.put(stage.name(), stage.version());
        }
        return versions;
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

    /**
     * The first stage whose version differs from the one recorded on {@code document}, or null when the document
     * is up to date.
     */
    public String firstOutdatedStage(Document document) {
        for (Stage stage : stages) {
            if (!stage.version().equals(document.versions().get(stage.name()))) {
                return stage.name();
            }
        }
        return null;
    }

    /**
     * Runs the stages from {@code stageName} on again, on a document as archived, without reading its source:
     * what a later stage changed is undone first (pages go back to their text as obtained), so an improved repair
     * or extraction reaches old documents cheaply. Stages before it (OCR) are kept as they were.
     *
     * @throws IllegalArgumentException when there is no such stage
     */
    public Document rerunFrom(String stageName, Document document) throws PipelineException {
        int from = -1;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(stageName)) {
                from = i;
            }
        }
        if (from < 0) {
            throw new IllegalArgumentException("no stage named " + stageName);
        }
        boolean afterRepair = from <= indexOf("repair");
        Document current = afterRepair ? document.withPages(document.pages().stream().map(Pipeline::asObtained).toList()) : document;
        for (Stage stage : stages.subList(from, stages.size())) {
            try {
                current = stage.run(current);
            } catch (RuntimeException e) {
                throw new PipelineException("internal error in stage " + stage.name() + ": " + e, e);
            }
        }
        return current;
    }

    private int indexOf(String name) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(name)) {
                return i;
            }
        }
        return stages.size();
    }

    private static Page asObtained(Page page) {
        return page.original() == null ? page : page.withObtainedText(page.original(), page.method(), page.reason(), page.confidence());
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

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
import org.minutes.pipeline.repair.RepairStage;

/**
 * The chain that turns a file into an archived document: ingest, then each {@link Stage} in order.
 *
 * <p>{@link #standard()} is the one place that lists the stages. Thread-safe: one pipeline serves all workers.
 */
public final class Pipeline {

    private final Ingestor ingestor;
    private final List<Stage> stages;

    public Pipeline(Ingestor ingestor, List<Stage> stages) {
        this.ingestor = ingestor;
        this.stages = List.copyOf(stages);
    }

    /** The standard chain: ingest → normalize → repair → metadata → entities. */
    public static Pipeline standard() {
        List<Stage> stages = new ArrayList<>();
        stages.add(new NormalizeStage());
        stages.add(new RepairStage());
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
}

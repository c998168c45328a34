package org.minutes.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.PipelineSettings;
import org.minutes.pipeline.lexicon.ArchiveLexicon;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;

/**
 * Lets the archive learn from itself: words and word pairs of trustworthy documents (born-digital text layers, web
 * pages, office files — never OCR) go into the archive lexicon ({@code lexicon.tsv}), so names and local terms
 * printed correctly in one document repair their damaged twins in another.
 *
 * <p>Deterministic: the lexicon holds sums of counts, independent of the order documents arrive in; after a run,
 * the documents repaired during it are repaired again with the lexicon as it stands at the end of the run, so their
 * text does not depend on which file a worker happened to finish first. Documents of earlier runs are repaired
 * again by {@code sync --reprocess-outdated} (the repair stage's version names the lexicon's size).
 */
public final class ArchiveLearning {

    private final ArchiveLexicon lexicon;
    private final int wordsAtStart;
    private final Set<String> stored = new LinkedHashSet<>();

    private ArchiveLearning(ArchiveLexicon lexicon) {
        this.lexicon = lexicon;
        this.wordsAtStart = lexicon.counts().distinctWords();
    }

    /**
     * Imports {@code paths} into {@code archive} with the standard pipeline over the words the archive has learned,
     * learns from what the run stored, and — when the run taught new words — saves them and repairs the run's
     * documents again. {@code listener} hears every file as the importer reports it.
     */
    public static ImportSummary importLearning(Archive archive, PipelineSettings settings, List<Path> paths,
                                               ImportOptions options, Importer.Listener listener) throws IOException {
        ArchiveLearning learning = load(archive.dir());
        ImportSummary summary;
        try (Pipeline pipeline = Pipeline.standard(settings.withArchiveWords(learning.lexicon().counts()))) {
            summary = new Importer(pipeline, archive, options).run(paths, new Importer.Listener() {
                @Override
                public void started(int files) {
                    listener.started(files);
                }

                @Override
                public void finished(org.minutes.pipeline.outcome.FileOutcome outcome) {
                    listener.finished(outcome);
                }

                @Override
                public void stored(Document document) {
                    learning.stored(document);
                    listener.stored(document);
                }
            });
        }
        if (learning.learned()) {
            try (Pipeline again = Pipeline.standard(settings.withArchiveWords(learning.lexicon().counts()))) {
                learning.saveAndRepairAgain(archive, archive.dir(), again);
            }
        }
        return summary;
    }

    /** The archive's lexicon as saved in {@code archiveDir} (empty for a new archive). */
    public static ArchiveLearning load(Path archiveDir) throws IOException {
        return new ArchiveLearning(ArchiveLexicon.load(archiveDir));
    }

    public ArchiveLexicon lexicon() {
        return lexicon;
    }

    /** Learns from {@code document}'s trustworthy pages and remembers it for {@link #repairAgain}. */
    public void stored(Document document) {
        stored.add(document.id());
        for (Page page : document.pages()) {
            if (trustworthy(document, page)) {
                lexicon.add(page.text());
            }
        }
    }

    /** Text not made by OCR nor changed by repair: born-digital PDF pages, web pages, office documents. */
    static boolean trustworthy(Document document, Page page) {
        boolean bornDigital = document.kind() == SourceKind.PDF || document.kind() == SourceKind.WEB || document.kind() == SourceKind.OFFICE;
        return bornDigital && page.original() == null && (page.method() == TextMethod.TEXT_LAYER || page.method() == TextMethod.PLAIN);
    }

    /** True when the run taught the lexicon new words. */
    public boolean learned() {
        return lexicon.counts().distinctWords() != wordsAtStart;
    }

    /**
     * Saves the lexicon and repairs the documents stored in this run again with {@code pipeline} (built over the
     * saved lexicon); returns how many changed.
     */
    public int saveAndRepairAgain(Archive archive, Path archiveDir, Pipeline pipeline) throws IOException {
        lexicon.save(archiveDir);
        return repairAgain(archive, pipeline, stored);
    }

    static int repairAgain(Archive archive, Pipeline pipeline, Collection<String> ids) throws IOException {
        int changed = 0;
        for (String id : ids) {
            Optional<Document> document = archive.get(id);
            if (document.isEmpty() || document.get().pages().stream().allMatch(p -> trustworthy(document.get(), p))) {
                continue; // nothing in it is repaired: the new words cannot change it
            }
            try {
                Document again = pipeline.rerunFrom("repair", document.get());
                if (!again.pages().equals(document.get().pages())) {
                    changed++;
                }
                archive.replace(again);
            } catch (PipelineException e) {
                // keep the document as it was; the next sync --reprocess-outdated tries again
            }
        }
        archive.commit();
        return changed;
    }
}

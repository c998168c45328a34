package org.minutes.cli.option;

import java.io.IOException;
import java.nio.file.Path;
import org.minutes.pipeline.PipelineSettings;
import org.minutes.pipeline.lexicon.ArchiveLexicon;
import org.minutes.pipeline.lexicon.SwedishLexicon;
import org.minutes.pipeline.lexicon.WordCounts;
import org.minutes.pipeline.repair.SwedishRepairer;
import picocli.CommandLine.Option;

/**
 * {@code --archive DIR} for commands that work on loose files: repair with the words that archive learned from its
 * trustworthy documents (read only; the archive is not changed).
 */
public final class LearnedWordsOption {

    @Option(names = "--archive", paramLabel = "DIR",
            description = "Also repair with the words this archive learned from its born-digital documents (read only).")
    Path archive;

    /** The archive's learned words, or none when no archive was named. */
    public WordCounts words() throws IOException {
        return archive == null ? WordCounts.empty() : ArchiveLexicon.load(archive).counts();
    }

    public PipelineSettings apply(PipelineSettings base) throws IOException {
        return base.withArchiveWords(words());
    }

    /** A repairer over the Swedish lexicon plus the archive's words (the shared one when no archive was named). */
    public SwedishRepairer repairer() throws IOException {
        WordCounts words = words();
        return words.distinctWords() == 0 ? SwedishRepairer.shared() : new SwedishRepairer(SwedishLexicon.shared().withArchive(words));
    }
}

package org.minutes.cli.option;

import java.nio.file.Path;
import org.minutes.index.Archive;
import picocli.CommandLine.Option;

/** {@code --archive DIR}: which archive to use; else {@code $MINUTES_ARCHIVE}; else {@code ./archive}. */
public final class ArchiveOption {

    /** The environment variable naming the default archive. */
    public static final String ENV = "MINUTES_ARCHIVE";

    @Option(names = "--archive", paramLabel = "DIR",
            description = "The archive folder (default: $" + ENV + ", else ./" + Archive.DEFAULT_DIR + ").")
    Path archive;

    public Path dir() {
        if (archive != null) {
            return archive;
        }
        String env = System.getenv(ENV);
        return Path.of(env == null || env.isBlank() ? Archive.DEFAULT_DIR : env);
    }
}

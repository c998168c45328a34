package org.minutes.cli.option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.minutes.index.ImportOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options shared by {@code import} and {@code sync}. */
public final class ImportOptionsMixin {

    @Option(names = "--threads", paramLabel = "N", description = "Files processed at once (default: number of cores).")
    Integer threads;

    @Option(names = "--file-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Longest time one file may take, e.g. 90s, 30m, 2h (default: 30m). A file cut off twice is quarantined.")
    Duration fileTimeout;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a JSON report of the run to FILE.")
    Path report;

    public ImportOptions apply(ImportOptions base) {
        ImportOptions options = base;
        if (threads != null) {
            options = options.withThreads(threads);
        }
        if (fileTimeout != null) {
            options = options.withFileTimeout(fileTimeout);
        }
        return options;
    }

    public Path report() {
        return report;
    }

    /** Reads {@code 90s}, {@code 30m}, {@code 2h} or a plain number of seconds. */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (v.endsWith("h")) {
                    return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
                }
                if (v.endsWith("m")) {
                    return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
                }
                return Duration.ofSeconds(Long.parseLong(v.endsWith("s") ? v.substring(0, v.length() - 1) : v));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a duration: '" + value + "' (use e.g. 90s, 30m, 2h)");
            }
        }
    }
}

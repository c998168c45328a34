package org.minutes.cli.option;

import picocli.CommandLine.Option;

/** {@code --json}: machine-readable output, one JSON object per line. */
public final class JsonOption {

    @Option(names = "--json", description = "Print JSON Lines (one JSON object per line) for scripts.")
    boolean json;

    public boolean enabled() {
        return json;
    }
}

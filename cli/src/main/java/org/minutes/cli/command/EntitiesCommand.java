package org.minutes.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.ArchiveOption;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.JsonLines;
import org.minutes.index.Archive;
import org.minutes.index.search.EntityListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes entities}: who and what appears most in the archive. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List the people and organisations that appear in the most documents, with the first and last meeting they appear at.")
public final class EntitiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    JsonOption jsonOption;

    @Option(names = "--type", paramLabel = "TYPE", description = "person or org (default: both).")
    String type;

    @Option(names = "--top", paramLabel = "N", description = "How many of each (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Override
    public Integer call() throws Exception {
        if (type != null && !type.equals("person") && !type.equals("org")) {
            throw new IllegalArgumentException("--type takes person or org, not '" + type + "'");
        }
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1, got " + top);
        }
        List<EntityListing> listings = new ArrayList<>();
        try (Archive archive = Archive.openForReading(archiveOption.dir())) {
            for (String dimension : type == null ? List.of("person", "org") : List.of(type)) {
                listings.addAll(archive.entities(dimension, top));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        String heading = null;
        for (EntityListing listing : listings) {
            if (jsonOption.enabled()) {
                JsonLines.write(out, listing);
                continue;
            }
            if (!listing.type().equals(heading)) {
                heading = listing.type();
                out.println(heading.equals("person") ? "People" : "Organisations");
            }
            out.printf("  %-40s %4d document%s  %s%n", listing.name(), listing.documents(), listing.documents() == 1 ? " " : "s",
                    listing.first() == null ? "" : listing.first().equals(listing.last()) ? listing.first() : listing.first() + " – " + listing.last());
        }
        out.flush();
        return listings.isEmpty() ? ExitCodes.NONE_OR_SOME_FAILED : ExitCodes.OK;
    }
}

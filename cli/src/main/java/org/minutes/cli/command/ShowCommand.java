package org.minutes.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.ArchiveOption;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.DocumentJson;
import org.minutes.cli.render.DocumentText;
import org.minutes.cli.render.JsonLines;
import org.minutes.index.Archive;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes show ID}: metadata and text of one archived document. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one archived document: metadata, then the text of each page.")
public final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    JsonOption jsonOption;

    @Parameters(index = "0", paramLabel = "ID", description = "The document id, or its first digits (at least 4).")
    String id;

    @Option(names = "--page", paramLabel = "N", description = "Only this page.")
    Integer page;

    @Option(names = "--original", description = "The text as obtained, before any repair.")
    boolean original;

    @Override
    public Integer call() throws Exception {
        Document document;
        try (Archive archive = Archive.openForReading(archiveOption.dir())) {
            document = archive.get(id).orElseThrow(() -> new IllegalArgumentException("no document with id " + id));
        }
        List<Page> pages = document.pages();
        if (page != null) {
            pages = pages.stream().filter(p -> p.number() == page).toList();
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("document " + document.id() + " has no page " + page
                        + " (it has " + document.pages().size() + ")");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.enabled()) {
            JsonLines.write(out, DocumentJson.of(document.withPages(pages)));
        } else {
            DocumentText.header(out, document);
            DocumentText.entities(out, document);
            for (Page p : pages) {
                DocumentText.page(out, p, original);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}

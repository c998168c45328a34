package org.minutes.cli.command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.ArchiveOption;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.JsonLines;
import org.minutes.cli.render.Terminal;
import org.minutes.index.Archive;
import org.minutes.index.search.SearchHit;
import org.minutes.index.search.SearchRequest;
import org.minutes.index.search.SearchResults;
import org.minutes.index.search.Snippet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes search QUERY}: ranked documents with page numbers and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the archive. Words must all match (use OR for either); \"phrases\", NOT, wildcards*",
            "work. Swedish word forms match (förvaltningen finds förvaltning), and a word typed without å/ä/ö",
            "still matches (ranked below the exact form)."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    JsonOption jsonOption;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several arguments are joined by spaces.")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", description = "Documents to show (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N", description = "Ranked documents to skip first (default: ${DEFAULT-VALUE}).")
    int offset = 0;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = new SearchRequest(String.join(" ", query), limit, offset);
        SearchResults results;
        try (Archive archive = Archive.openForReading(archiveOption.dir())) {
            results = archive.search(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.enabled()) {
            results.hits().forEach(hit -> JsonLines.write(out, toJson(hit)));
        } else {
            printText(out, results, Terminal.detect());
        }
        out.flush();
        return results.hits().isEmpty() ? ExitCodes.NONE_OR_SOME_FAILED : ExitCodes.OK;
    }

    /** The JSON Lines shape of a hit; documented in the README: add fields, never rename them. */
    static Map<String, Object> toJson(SearchHit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", hit.id());
        json.put("title", hit.title());
        json.put("date", hit.date());
        json.put("kind", hit.kind());
        json.put("source", hit.sources().isEmpty() ? null : hit.sources().get(0));
        json.put("sources", hit.sources());
        json.put("page", hit.page());
        json.put("pages", hit.pages());
        json.put("score", hit.score());
        json.put("snippet", hit.snippet().text());
        json.put("highlights", hit.snippet().matches().stream().map(s -> List.of(s.start(), s.end())).toList());
        return json;
    }

    private void printText(PrintWriter out, SearchResults results, Terminal terminal) {
        int rank = offset;
        for (SearchHit hit : results.hits()) {
            rank++;
            String pages = hit.pages().stream().map(String::valueOf).collect(Collectors.joining(", "));
            out.printf("%d. %s%s  (page%s %s)%n", rank, hit.title() == null ? "(untitled)" : hit.title(),
                    hit.date() == null ? "" : "  " + hit.date(), hit.pages().size() > 1 ? "s" : "", pages);
            String sources = hit.sources().stream().map(Terminal::printable).collect(Collectors.joining(", "));
            out.println("   " + terminal.dim(sources + "  [" + hit.id() + "]"));
            out.println("   " + marked(hit.snippet(), terminal));
        }
    }

    private static String marked(Snippet snippet, Terminal terminal) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Snippet.Span span : snippet.matches()) {
            sb.append(snippet.text(), pos, span.start());
            sb.append(terminal.match(snippet.text().substring(span.start(), span.end())));
            pos = span.end();
        }
        return sb.append(snippet.text().substring(pos)).toString();
    }
}

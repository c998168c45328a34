package org.minutes.cli.command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.model.SourceKind;
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

    @Option(names = "--person", paramLabel = "NAME", description = "Only documents naming this person (repeatable; a first name alone counts).")
    List<String> persons = new ArrayList<>();

    @Option(names = "--org", paramLabel = "NAME", description = "Only documents naming this organisation (repeatable).")
    List<String> organisations = new ArrayList<>();

    @Option(names = "--body", paramLabel = "NAME", description = "Only minutes of this body (repeatable: any of them).")
    List<String> bodies = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only meetings on or after DATE: 2020, 2020-11 or 2020-11-16.")
    PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only meetings on or before DATE: 2020, 2020-11 or 2020-11-16.")
    PartialDate to;

    @Option(names = "--type", paramLabel = "KIND", split = ",", converter = KindConverter.class,
            description = "Only these source kinds: scan, pdf, text, web, office (comma-separated).")
    Set<SourceKind> kinds = new LinkedHashSet<>();

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default), date (oldest first) or -date (newest first).")
    String sort = "relevance";

    @Option(names = "--fuzzy", description = "Also match words within one or two OCR misreadings (done anyway when nothing matches exactly).")
    boolean fuzzy;

    @Option(names = "--facets", description = "Also count the matching documents by year, body, person, organisation and kind.")
    boolean facets;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = new SearchRequest(String.join(" ", query), limit, offset,
                new SearchRequest.Filters(persons, organisations, bodies, from, to, kinds), sortOrder(sort), fuzzy, facets);
        SearchResults results;
        try (Archive archive = Archive.openForReading(archiveOption.dir())) {
            results = archive.search(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.enabled()) {
            results.hits().forEach(hit -> JsonLines.write(out, toJson(hit, results.fuzzy())));
            if (facets) {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("matchingDocuments", results.matchingDocuments());
                summary.put("facets", results.facets());
                JsonLines.write(out, summary);
            }
        } else {
            printText(out, results, Terminal.detect());
        }
        out.flush();
        return results.hits().isEmpty() ? ExitCodes.NONE_OR_SOME_FAILED : ExitCodes.OK;
    }

    /** The JSON Lines shape of a hit; documented in the README: add fields, never rename them. */
    static Map<String, Object> toJson(SearchHit hit, boolean fuzzy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", hit.id());
        json.put("title", hit.title());
        json.put("date", hit.date());
        json.put("body", hit.body());
        json.put("kind", hit.kind());
        json.put("source", hit.sources().isEmpty() ? null : hit.sources().get(0));
        json.put("sources", hit.sources());
        json.put("copies", hit.copies());
        json.put("page", hit.page());
        json.put("pages", hit.pages());
        json.put("score", hit.score());
        json.put("snippet", hit.snippet().text());
        json.put("highlights", hit.snippet().matches().stream().map(s -> List.of(s.start(), s.end())).toList());
        json.put("fuzzy", fuzzy);
        return json;
    }

    private void printText(PrintWriter out, SearchResults results, Terminal terminal) {
        if (results.fuzzy() && !results.hits().isEmpty() && !fuzzy) {
            out.println(terminal.dim("(no exact matches; showing fuzzy matches)"));
        }
        int rank = offset;
        for (SearchHit hit : results.hits()) {
            rank++;
            String pages = hit.pages().stream().map(String::valueOf).collect(Collectors.joining(", "));
            out.printf("%d. %s%s%s  (page%s %s)%n", rank, hit.title() == null ? "(untitled)" : hit.title(),
                    hit.body() == null || (hit.title() != null && hit.title().contains(hit.body())) ? "" : "  " + hit.body(),
                    hit.date() == null ? "" : "  " + hit.date(), hit.pages().size() > 1 ? "s" : "", pages);
            String sources = hit.sources().stream().map(Terminal::printable).collect(Collectors.joining(", "));
            out.println("   " + terminal.dim(sources + "  [" + hit.id() + "]"));
            out.println("   " + marked(hit.snippet(), terminal));
        }
        if (facets) {
            out.println();
            out.println(results.matchingDocuments() + " matching document" + (results.matchingDocuments() == 1 ? "" : "s"));
            results.facets().forEach((dimension, counts) -> {
                if (!counts.isEmpty()) {
                    out.println(dimension + ": " + counts.stream().map(c -> c.value() + " (" + c.count() + ")")
                            .collect(Collectors.joining(", ")));
                }
            });
        }
    }

    private static SearchRequest.Sort sortOrder(String sort) {
        return switch (sort) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            case "-date" -> SearchRequest.Sort.DATE_DESCENDING;
            default -> throw new IllegalArgumentException("--sort takes relevance, date or -date, not '" + sort + "'");
        };
    }

    /** Reads 2020, 2020-11 or 2020-11-16. */
    static final class DateConverter implements picocli.CommandLine.ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            return PartialDate.parse(value);
        }
    }

    /** Reads scan, pdf, text, web or office. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<SourceKind> {
        @Override
        public SourceKind convert(String value) {
            return SourceKind.parse(value);
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

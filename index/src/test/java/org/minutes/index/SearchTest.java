package org.minutes.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.index.search.SearchHit;
import org.minutes.index.search.SearchRequest;
import org.minutes.index.search.SearchResults;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.model.Source;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;

class SearchTest {

    @TempDir
    static Path dir;

    private static Archive archive;

    private static Document document(String id, SourceKind kind, String date, String... pages) {
        List<Page> list = new java.util.ArrayList<>();
        for (String text : pages) {
            list.add(Page.of(list.size() + 1, text, TextMethod.TEXT_LAYER, "text layer"));
        }
        String sha = (id + "0".repeat(64)).substring(0, 64);
        Document d = Document.of(id, new Source("/arkiv/" + id, sha, 1, 1), "application/pdf", kind, list).withTitle("Protokoll " + id);
        return date == null ? d : d.withMeetingDate(PartialDate.parse(date));
    }

    @BeforeAll
    static void fill() throws Exception {
        archive = Archive.openForWriting(dir);
        archive.put(document("a000000000000001", SourceKind.PDF, "2019-03-05", "Budgeten för skolan diskuterades.", "Övriga frågor om budget."));
        archive.put(document("a000000000000002", SourceKind.SCAN, "2020-11-16", "Nämnden beslutar om budget för äldreomsorgen."));
        archive.put(document("a000000000000003", SourceKind.TEXT, "2020-02", "Budget och hemtjänst på agendan."));
        archive.put(document("a000000000000004", SourceKind.PDF, null, "Utan datum: budget för parker."));
        archive.put(document("a000000000000005", SourceKind.TEXT, "2018", "Protokollet nämner 6ver huvudet och gatubelysning."));
        archive.commit();
    }

    @AfterAll
    static void close() throws Exception {
        archive.close();
    }

    private static SearchResults search(String query, SearchRequest.Filters filters, SearchRequest.Sort sort, boolean facets) throws Exception {
        return archive.search(new SearchRequest(query, 10, 0, filters, sort, false, facets));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    private static SearchRequest.Filters dates(String from, String to) {
        return new SearchRequest.Filters(List.of(), List.of(), List.of(),
                from == null ? null : PartialDate.parse(from), to == null ? null : PartialDate.parse(to), Set.of());
    }

    @Test
    void dateFiltersAcceptYearsMonthsAndDays() throws Exception {
        assertThat(ids(search("budget", dates("2020", "2020"), null, false)))
                .containsExactlyInAnyOrder("a000000000000002", "a000000000000003");
        assertThat(ids(search("budget", dates("2020-11", null), null, false))).containsExactly("a000000000000002");
        assertThat(ids(search("budget", dates(null, "2019-03-05"), null, false))).containsExactly("a000000000000001");
        assertThat(ids(search("budget date:2020-02", SearchRequest.Filters.NONE, null, false))).containsExactly("a000000000000003");
        assertThat(ids(search("budget AND date:[2019 TO 2020-06]", SearchRequest.Filters.NONE, null, false)))
                .containsExactlyInAnyOrder("a000000000000001", "a000000000000003");
    }

    @Test
    void kindFilter() throws Exception {
        SearchRequest.Filters scans = new SearchRequest.Filters(List.of(), List.of(), List.of(), null, null, Set.of(SourceKind.SCAN));
        assertThat(ids(search("budget", scans, null, false))).containsExactly("a000000000000002");
    }

    @Test
    void sortsByDateWithUndatedLast() throws Exception {
        assertThat(ids(search("budget", SearchRequest.Filters.NONE, SearchRequest.Sort.DATE, false)))
                .containsExactly("a000000000000001", "a000000000000003", "a000000000000002", "a000000000000004");
        assertThat(ids(search("budget", SearchRequest.Filters.NONE, SearchRequest.Sort.DATE_DESCENDING, false)))
                .containsExactly("a000000000000002", "a000000000000003", "a000000000000001", "a000000000000004");
    }

    @Test
    void facetsCountDocumentsNotPages() throws Exception {
        SearchResults results = search("budget", SearchRequest.Filters.NONE, null, true);

        assertThat(results.matchingDocuments()).isEqualTo(4);
        assertThat(results.facets().get("year")).extracting(c -> c.value() + "=" + c.count())
                .containsExactlyInAnyOrder("2019=1", "2020=2");
        assertThat(results.facets().get("kind")).extracting(c -> c.value() + "=" + c.count())
                .containsExactlyInAnyOrder("pdf=2", "scan=1", "text=1");
    }

    @Test
    void everyMatchingPageIsListed() throws Exception {
        SearchHit hit = search("budget", dates("2019", "2019"), null, false).hits().get(0);
        assertThat(hit.pages()).containsExactly(1, 2);
    }

    @Test
    void fuzzyMatchingCatchesOcrDamageAndRunsByItselfWhenNothingMatches() throws Exception {
        SearchResults exact = archive.search(SearchRequest.of("\"över huvudet\""));
        assertThat(exact.fuzzy()).isTrue(); // nothing matched exactly, so the fuzzy pass ran
        assertThat(ids(exact)).containsExactly("a000000000000005");

        SearchResults plain = archive.search(SearchRequest.of("gatubelysning"));
        assertThat(plain.fuzzy()).isFalse();
        assertThat(archive.search(SearchRequest.of("xylofon")).hits()).isEmpty();
    }
}

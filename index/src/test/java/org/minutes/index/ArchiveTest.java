package org.minutes.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.index.search.QuerySyntaxException;
import org.minutes.index.search.SearchHit;
import org.minutes.index.search.SearchRequest;
import org.minutes.index.search.SearchResults;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.PartialDate;
import org.minutes.pipeline.model.Source;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;
import org.minutes.pipeline.outcome.FileOutcome;

class ArchiveTest {

    @TempDir
    Path dir;

    private static Document document(String id, String path, String... pages) {
        List<Page> list = new java.util.ArrayList<>();
        for (String text : pages) {
            list.add(Page.of(list.size() + 1, text, TextMethod.TEXT_LAYER, "text layer"));
        }
        String sha = (id + "0".repeat(64)).substring(0, 64);
        return Document.of(id, new Source(path, sha, 1, 1), "application/pdf", SourceKind.PDF, list)
                .withTitle("Protokoll " + id).withMeetingDate(PartialDate.parse("2020-11-16"));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void findsPagesWithStemmingAndWithoutDiacritics() throws Exception {
        try (Archive archive = Archive.openForWriting(dir)) {
            archive.put(document("aaaa000000000001", "/a.pdf", "Inledning", "Förvaltningen har ordet om stödboende."));
            archive.put(document("aaaa000000000002", "/b.pdf", "Förvaltning och stöd."));
            archive.put(document("aaaa000000000003", "/c.pdf", "Inget om saken."));
            archive.commit();

            SearchResults exact = archive.search(SearchRequest.of("förvaltningen"));
            assertThat(ids(exact)).containsExactly("aaaa000000000001", "aaaa000000000002");
            assertThat(exact.hits().get(0).pages()).containsExactly(2);
            assertThat(exact.hits().get(0).date()).isEqualTo("2020-11-16");

            assertThat(ids(archive.search(SearchRequest.of("forvaltning"))))
                    .containsExactlyInAnyOrder("aaaa000000000001", "aaaa000000000002");
            assertThat(ids(archive.search(SearchRequest.of("stodboende")))).containsExactly("aaaa000000000001");
        }
    }

    @Test
    void exactFormRanksAboveAFoldedMatch() throws Exception {
        try (Archive archive = Archive.openForWriting(dir)) {
            archive.put(document("bbbb000000000001", "/far.pdf", "Han far till mötet i morgon bitti."));
            archive.put(document("bbbb000000000002", "/får.pdf", "Hon får ordet på mötet i morgon."));
            archive.commit();

            assertThat(ids(archive.search(SearchRequest.of("får")))).containsExactly("bbbb000000000002", "bbbb000000000001");
            assertThat(ids(archive.search(SearchRequest.of("far")))).containsExactly("bbbb000000000001", "bbbb000000000002");
        }
    }

    @Test
    void snippetMarksTheMatchedWords() throws Exception {
        try (Archive archive = Archive.openForWriting(dir)) {
            archive.put(document("cccc000000000001", "/a.pdf", "Första raden.\nVi diskuterade   stödboendet\npå Söder."));
            archive.commit();
            SearchHit hit = archive.search(SearchRequest.of("stodboende")).hits().get(0);

            String marked = hit.snippet().matches().stream()
                    .map(span -> hit.snippet().text().substring(span.start(), span.end())).toList().toString();
            assertThat(hit.snippet().text()).contains("Vi diskuterade stödboendet på Söder.");
            assertThat(marked).isEqualTo("[stödboendet]");
        }
    }

    @Test
    void sameContentAtANewPathIsOneDocumentWithTwoSources() throws Exception {
        try (Archive archive = Archive.openForWriting(dir)) {
            assertThat(archive.put(document("dddd000000000001", "/a.pdf", "Text om budget"))).isEqualTo(FileOutcome.Status.IMPORTED);
            assertThat(archive.put(document("dddd000000000001", "/a.pdf", "Text om budget"))).isEqualTo(FileOutcome.Status.UNCHANGED);
            assertThat(archive.put(document("dddd000000000001", "/kopia/a.pdf", "Text om budget"))).isEqualTo(FileOutcome.Status.UNCHANGED);
            archive.commit();

            assertThat(archive.get("dddd000000000001").orElseThrow().sources()).extracting(Source::path)
                    .containsExactly("/a.pdf", "/kopia/a.pdf");
            assertThat(archive.search(SearchRequest.of("budget")).hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.sources()).hasSize(2));
        }
    }

    @Test
    void changedFileReplacesItsOldVersion() throws Exception {
        try (Archive archive = Archive.openForWriting(dir)) {
            archive.put(document("eeee000000000001", "/p.pdf", "gammal lydelse"));
            archive.commit();
            assertThat(archive.put(document("eeee000000000002", "/p.pdf", "ny lydelse"))).isEqualTo(FileOutcome.Status.UPDATED);
            archive.commit();

            assertThat(archive.search(SearchRequest.of("gammal")).hits()).isEmpty();
            assertThat(ids(archive.search(SearchRequest.of("lydelse")))).containsExactly("eeee000000000002");
            assertThat(archive.get("eeee000000000001")).isEmpty();
        }
    }

    @Test
    void idPrefixesWorkLikeGit() throws Exception {
        try (Archive archive = Archive.openForWriting(dir)) {
            archive.put(document("abcd000000000001", "/1.pdf", "ett"));
            archive.put(document("abcd000000000002", "/2.pdf", "två"));
            archive.commit();
            assertThat(archive.get("abcd0000000000010")).isEmpty();
            assertThat(archive.get("ABCD000000000002").orElseThrow().id()).isEqualTo("abcd000000000002");
            assertThatThrownBy(() -> archive.get("abcd")).hasMessageContaining("matches 2 documents");
            assertThatThrownBy(() -> archive.get("xyz!")).hasMessageContaining("not a document id");
        }
    }

    @Test
    void secondWriterIsRefusedWhileReadersWork() throws Exception {
        try (Archive writer = Archive.openForWriting(dir)) {
            writer.put(document("ffff000000000001", "/1.pdf", "protokoll"));
            writer.commit();
            assertThatThrownBy(() -> Archive.openForWriting(dir)).isInstanceOf(ArchiveLockedException.class)
                    .hasMessageContaining("another import or sync");
            try (Archive reader = Archive.openForReading(dir)) {
                assertThat(reader.search(SearchRequest.of("protokoll")).hits()).hasSize(1);
            }
        }
    }

    @Test
    void badQueryIsOneClearLine() throws Exception {
        try (Archive archive = Archive.openForWriting(dir)) {
            archive.commit();
            assertThatThrownBy(() -> archive.search(SearchRequest.of("\"stöd AND (")))
                    .isInstanceOf(QuerySyntaxException.class)
                    .hasMessageStartingWith("cannot parse the query")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void readingAMissingArchiveSaysSo() {
        assertThatThrownBy(() -> Archive.openForReading(dir.resolve("nowhere")))
                .hasMessageContaining("no archive here yet");
    }

    @Test
    void archiveSurvivesReopening() throws Exception {
        try (Archive archive = Archive.openForWriting(dir)) {
            archive.put(document("1234000000000001", "/1.pdf", "sammanträde"));
        }
        try (Archive archive = Archive.openForReading(dir)) {
            assertThat(archive.pageCount()).isEqualTo(1);
            assertThat(archive.get("1234").orElseThrow().title()).isEqualTo("Protokoll 1234000000000001");
        }
    }
}

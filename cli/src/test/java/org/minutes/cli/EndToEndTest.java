package org.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real samples into a temporary archive once, then uses it as a user would. */
class EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path archive;

    private static CliRun firstImport;

    @BeforeAll
    static void importSamples() {
        firstImport = CliRun.run(archive, "import", CliRun.repo().resolve("samples").toString());
    }

    private static List<JsonNode> jsonLines(CliRun run) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.lines()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void importsEverySample() {
        assertThat(firstImport.exitCode()).as(firstImport.err()).isZero();
        assertThat(firstImport.out()).contains("imported 6, updated 0, unchanged 0, failed 0");
    }

    @Test
    void secondImportFindsNothingChanged() {
        CliRun again = CliRun.run(archive, "import", CliRun.repo().resolve("samples").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("imported 0, updated 0, unchanged 6, failed 0");
    }

    @Test
    void searchGivesHitsWithPageNumbersFromSeveralDocuments() throws Exception {
        CliRun run = CliRun.run(archive, "search", "stödboende", "--json");

        assertThat(run.exitCode()).isZero();
        List<JsonNode> hits = jsonLines(run);
        Set<String> ids = new HashSet<>();
        for (JsonNode hit : hits) {
            ids.add(hit.get("id").asText());
            assertThat(hit.get("page").asInt()).isPositive();
            assertThat(hit.get("source").asText()).contains("samples");
            int start = hit.get("highlights").get(0).get(0).asInt();
            int end = hit.get("highlights").get(0).get(1).asInt();
            assertThat(hit.get("snippet").asText().substring(start, end).toLowerCase()).matches("st[öo]dboende.*");
            assertThat(hit.has("title") && hit.has("date") && hit.has("score")).isTrue();
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void queryWithoutDiacriticsFindsDocumentsThatOnlySpellItWithThem() throws Exception {
        List<JsonNode> hits = jsonLines(CliRun.run(archive, "search", "forvaltning", "--json", "--limit", "20"));
        List<String> sources = new ArrayList<>();
        hits.forEach(h -> h.get("sources").forEach(s -> sources.add(s.asText())));

        // The born-digital minutes and the business plan write only "förvaltning…"; the OCR text writes "forvaltning".
        assertThat(sources).anyMatch(s -> s.endsWith("gemensam-utvecklingsgrupp-2020-11-16.pdf"))
                .anyMatch(s -> s.endsWith("verksamhetsplan-socialforvaltningen-2021.pdf"))
                .anyMatch(s -> s.endsWith(".ocr.txt"));
    }

    @Test
    void theSameMinutesAsOcrTextAndBornDigitalPdfAreOneHitWithBothSources() throws Exception {
        JsonNode hit = jsonLines(CliRun.run(archive, "search", "cykelverkstad", "--json")).get(0);
        List<String> sources = new ArrayList<>();
        hit.get("sources").forEach(s -> sources.add(s.asText()));

        assertThat(sources).anyMatch(s -> s.endsWith("gemensam-utvecklingsgrupp-2020-11-16.pdf"))
                .anyMatch(s -> s.endsWith("gemensam-utvecklingsgrupp-2020-11-16.ocr.txt"));
        assertThat(hit.get("copies")).isNotEmpty();
        assertThat(jsonLines(CliRun.run(archive, "search", "cykelverkstad", "--json"))).hasSize(1);
    }

    @Test
    void textOutputShowsTitleDatePagesAndSnippet() {
        CliRun run = CliRun.run(archive, "search", "stödboende");
        assertThat(run.out()).contains("Gemensam utvecklingsgrupp 16 november 2020  2020-11-16  (page");
        assertThat(run.out()).doesNotContain("\u001B[");
    }

    @Test
    void noHitsExitsOneLikeGrep() {
        CliRun run = CliRun.run(archive, "search", "xylofonorkester");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badQueryIsOneLineAndExitTwo() {
        CliRun run = CliRun.run(archive, "search", "(stöd AND");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("minutes: cannot parse the query");
    }

    @Test
    void showPrintsMetadataAndPages() throws Exception {
        String id = jsonLines(CliRun.run(archive, "search", "Ledningsgrupp", "--json")).get(0).get("id").asText();

        CliRun text = CliRun.run(archive, "show", id.substring(0, 8));
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("id:       " + id, "date:     --03-09 (year not printed)", "--- page 1 (text-layer");

        JsonNode json = jsonLines(CliRun.run(archive, "show", id, "--json", "--page", "2")).get(0);
        assertThat(json.get("pages")).hasSize(1);
        assertThat(json.get("pages").get(0).get("number").asInt()).isEqualTo(2);

        CliRun missingPage = CliRun.run(archive, "show", id, "--page", "99");
        assertThat(missingPage.exitCode()).isEqualTo(2);
        assertThat(missingPage.err()).contains("has no page 99");
    }

    @Test
    void showOfAnUnknownIdExitsTwo() {
        CliRun run = CliRun.run(archive, "show", "ffffffff");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("minutes: no document with id ffffffff" + System.lineSeparator());
    }

    @Test
    void theScanIsOcrdWithSwedishAndFoldsIntoTheSameHit() throws Exception {
        JsonNode hit = jsonLines(CliRun.run(archive, "search", "cykelverkstad", "--json", "--type", "scan")).get(0);
        assertThat(hit.get("source").asText()).endsWith("gemensam-utvecklingsgrupp-2020-11-16.scan.pdf");
        assertThat(hit.get("kind").asText()).isEqualTo("scan");

        JsonNode scan = jsonLines(CliRun.run(archive, "show", hit.get("id").asText(), "--json")).get(0);
        assertThat(scan.get("pages")).hasSize(3);
        for (JsonNode page : scan.get("pages")) {
            assertThat(page.get("method").asText()).isEqualTo("ocr");
            assertThat(page.get("confidence").asDouble()).isGreaterThan(80);
        }
        assertThat(scan.get("pages").get(0).get("text").asText()).contains("Ny socialdirektör: Emelie Erixon");
    }

    @Test
    void theOcrTextIsRepairedWithNamesLearnedFromItsBornDigitalTwin() throws Exception {
        JsonNode hit = jsonLines(CliRun.run(archive, "search", "Pålsson", "--json", "--type", "text")).get(0);
        assertThat(hit.get("source").asText()).endsWith(".ocr.txt");

        CliRun repaired = CliRun.run(archive, "show", hit.get("id").asText());
        CliRun original = CliRun.run(archive, "show", hit.get("id").asText(), "--original");
        assertThat(repaired.out()).contains("Jennie Pålsson", "förvaltningen", "Gåsebäck");
        assertThat(original.out()).contains("Jennie Palsson", "forvaltningen", "Gaseback");
        assertThat(CliRun.run(archive, "search", "förvaltningen", "--type", "text").exitCode()).isZero();
    }

    @Test
    void filtersFacetsAndSortWorkFromTheCommandLine() throws Exception {
        CliRun faceted = CliRun.run(archive, "search", "delaktighet", "--facets", "--json");
        List<JsonNode> lines = jsonLines(faceted);
        JsonNode facets = lines.get(lines.size() - 1);
        assertThat(facets.get("matchingDocuments").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(facets.get("facets").get("body").toString()).contains("Gemensam utvecklingsgrupp");
        assertThat(facets.get("facets").get("person").toString()).contains("Emelie Erixon");

        List<JsonNode> dated = jsonLines(CliRun.run(archive, "search", "delaktighet", "--from", "2020", "--to", "2020-12", "--json"));
        assertThat(dated).isNotEmpty().allSatisfy(h -> assertThat(h.get("date").asText()).startsWith("2020-"));

        List<JsonNode> byBody = jsonLines(CliRun.run(archive, "search", "delaktighet", "--body", "Ledningsgrupp för utveckling", "--json"));
        assertThat(byBody).singleElement().satisfies(h -> assertThat(h.get("title").asText()).startsWith("Ledningsgrupp"));

        // "Bosse" is how the 9 March minutes also call Bo Pettersson.
        List<JsonNode> byNickname = jsonLines(CliRun.run(archive, "search", "innovationsgrupp", "--person", "Bosse", "--json"));
        assertThat(byNickname).singleElement().satisfies(h -> assertThat(h.get("title").asText()).startsWith("Ledningsgrupp"));

        assertThat(CliRun.run(archive, "search", "delaktighet", "--sort", "sideways").exitCode()).isEqualTo(2);
    }

    @Test
    void fuzzyMatchingFindsWordsWithAnOcrMisreading() throws Exception {
        // A query typed with a misreading of its own (m for n, no ä) finds nothing exactly, so the fuzzy pass runs.
        CliRun run = CliRun.run(archive, "search", "sysselsattnimg", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(jsonLines(run).get(0).get("fuzzy").asBoolean()).isTrue();
    }

    @Test
    void entitiesListsWhoAppearsMost() throws Exception {
        List<JsonNode> people = jsonLines(CliRun.run(archive, "entities", "--type", "person", "--top", "3", "--json"));
        assertThat(people).hasSize(3);
        assertThat(people.get(0).get("name").asText()).isEqualTo("Emelie Erixon");
        assertThat(people.get(0).get("documents").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(people.get(0).get("last").asText()).isEqualTo("2020-11-16");
        assertThat(CliRun.run(archive, "entities", "--type", "org", "--top", "2").out()).contains("Organisations", "socialförvaltningen");
    }

    @Test
    void repairOfALooseFileCanUseTheWordsAnArchiveLearned() {
        String ocr = CliRun.repo().resolve("samples/gemensam-utvecklingsgrupp-2020-11-16.ocr.txt").toString();
        CliRun alone = CliRun.runRaw("repair", ocr);
        CliRun learned = CliRun.run(archive, "repair", ocr);

        assertThat(alone.exitCode()).isZero();
        // A place name no word list holds, and a misreading too far from any word the lists hold (ad for ä in a
        // word they lack): the archive's born-digital twin teaches them.
        assertThat(alone.out()).contains("Gaseback", "Volontadrerna");
        assertThat(learned.out()).contains("Gåsebäck", "Volontärerna");
        assertThat(learned.out().lines().count()).isEqualTo(alone.out().lines().count());
    }
}

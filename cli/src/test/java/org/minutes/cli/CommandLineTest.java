package org.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.index.Archive;

class CommandLineTest {

    @TempDir
    Path dir;

    private static Path pdf(Path file, String text, String userPassword) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            if (userPassword != null) {
                pdf.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    @Test
    void badFilesAreReportedAndTheRestOfTheBatchIsImported() throws Exception {
        Path archive = dir.resolve("archive");
        Path first = Files.createDirectories(dir.resolve("first"));
        pdf(first.resolve("budget.pdf"), "Budgetuppföljning för nämnden i oktober", null);
        assertThat(CliRun.run(archive, "import", first.toString()).exitCode()).isZero();

        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(batch.resolve("god.txt"), "Protokoll från arbetsgruppen om hemtjänst och äldreomsorg.");
        Files.write(batch.resolve("tom.pdf"), new byte[0]);
        byte[] junk = new byte[2048];
        new Random(1).nextBytes(junk);
        Files.write(batch.resolve("skräp.pdf"), junk);
        pdf(batch.resolve("låst.pdf"), "Hemlig text om hemtjänst", "lösenord");
        byte[] whole = Files.readAllBytes(pdf(dir.resolve("hel.pdf"), "Avbruten fil om hemtjänst", null));
        Files.write(batch.resolve("avbruten.pdf"), java.util.Arrays.copyOf(whole, whole.length / 2));

        CliRun run = CliRun.run(archive, "import", batch.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NONE_OR_SOME_FAILED);
        assertThat(run.out()).contains("imported 1, updated 0, unchanged 0, failed 4")
                .contains("failed: " + batch.resolve("tom.pdf") + ": empty file (0 bytes)")
                .contains("failed: " + batch.resolve("skräp.pdf") + ": not a PDF: the file has no PDF header")
                .contains("failed: " + batch.resolve("låst.pdf") + ": encrypted PDF: it needs a password to open")
                .contains("failed: " + batch.resolve("avbruten.pdf") + ": ");
        // The good file is searchable and nothing imported before was lost.
        assertThat(CliRun.run(archive, "search", "äldreomsorg").exitCode()).isZero();
        assertThat(CliRun.run(archive, "search", "budgetuppföljning").exitCode()).isZero();
        assertThat(CliRun.run(archive, "search", "hemlig").exitCode()).isEqualTo(1);
    }

    @Test
    void importJsonGivesOneOutcomePerFileAndASummary() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Sammanträde med styrelsen");
        Files.write(dir.resolve("b.pdf"), new byte[0]);
        CliRun run = CliRun.run(dir.resolve("arkiv"), "import", dir.resolve("a.txt").toString(), dir.resolve("b.pdf").toString(), "--json");

        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(run.lines().get(0));
        JsonNode b = json.readTree(run.lines().get(1));
        JsonNode summary = json.readTree(run.lines().get(2));
        assertThat(a.get("status").asText()).isEqualTo("imported");
        assertThat(b.get("status").asText()).isEqualTo("failed");
        assertThat(b.get("reason").asText()).isEqualTo("empty file (0 bytes)");
        assertThat(summary.get("imported").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isEqualTo(1);
    }

    @Test
    void extractPrintsPagesWithoutTouchingAnyArchive() throws Exception {
        Path file = pdf(dir.resolve("p.pdf"), "Närvarande: ordförande och sekreterare", null);
        CliRun run = CliRun.runRaw("extract", file.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("source").asText()).isEqualTo(file.toString());
        JsonNode page = doc.get("pages").get(0);
        assertThat(page.get("number").asInt()).isEqualTo(1);
        assertThat(page.get("method").asText()).isEqualTo("text-layer");
        assertThat(page.get("text").asText()).contains("Närvarande: ordförande och sekreterare");
        assertThat(Files.exists(Path.of(Archive.DEFAULT_DIR).resolve("index").resolve("write.lock"))).isFalse();
    }

    @Test
    void extractReportsAFileThatFailsAndGoesOn() throws Exception {
        Path good = pdf(dir.resolve("ok.pdf"), "Beslut om budget", null);
        Path bad = Files.write(dir.resolve("bad.pdf"), new byte[0]);
        CliRun run = CliRun.runRaw("extract", bad.toString(), good.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(0)).contains("\"error\":\"empty file (0 bytes)\"");
        assertThat(run.err()).contains(bad + ": empty file (0 bytes)");
    }

    @Test
    void aSecondWriterGetsItsOwnExitCode() throws Exception {
        Path archive = dir.resolve("arkiv");
        Files.writeString(dir.resolve("a.txt"), "text");
        try (Archive writer = Archive.openForWriting(archive)) {
            CliRun run = CliRun.run(archive, "import", dir.resolve("a.txt").toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.LOCKED);
            assertThat(run.err()).startsWith("minutes: the archive").contains("being written by another import or sync");
        }
    }

    @Test
    void searchWithoutAnArchiveSaysWhatToDo() {
        CliRun run = CliRun.run(dir.resolve("none"), "search", "x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no archive here yet (run 'minutes import' first)");
    }

    @Test
    void everyCommandHasHelpWithExitCodes() {
        for (String command : new String[] {"import", "sync", "search", "show", "extract", "quarantine", "check"}) {
            CliRun run = CliRun.runRaw(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: minutes " + command, "Exit codes:", "3   The archive is locked");
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.runRaw("search", "--nonsense", "x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("minutes: Unknown option: '--nonsense'");
    }
}

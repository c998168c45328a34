package org.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of awkward files imported in one batch: every one gets an outcome with a reason, the run finishes, the
 * good files are searchable and what was archived before is kept.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    private static CliRun run;

    private static Path folder() {
        return dir.resolve("awkward");
    }

    @BeforeAll
    static void importAwkwardFolder() throws Exception {
        Path folder = Files.createDirectories(folder());
        Path archive = dir.resolve("archive");
        Files.writeString(folder.resolve("redan arkiverad.txt"), "Tidigare protokoll om kulturnämnden");
        assertThat(CliRun.run(archive, "import", folder.toString()).exitCode()).isZero();

        String text = "Sammanträde i nämnden om äldreomsorg, hemtjänst och färdtjänst";
        Files.write(folder.resolve("windows-1252.txt"), (text + " – ”citat”").getBytes(Charset.forName("windows-1252")));
        Files.write(folder.resolve("iso-8859-1.txt"), (text + " latin1").getBytes(Charset.forName("ISO-8859-1")));
        Files.writeString(folder.resolve("namn med \"citat\" och\nradbrytning å ä ö.txt"), "Besynnerligt filnamn med kommunstyrelsen");
        zipBombDocx(folder.resolve("zipbomb.docx"));
        compressedStreamBomb(folder.resolve("strömbomb.pdf"));
        manyPages(folder.resolve("tusentals sidor.pdf"), 2000);
        run = CliRun.run(archive, "import", folder.toString(), "--threads", "2");
    }

    /** A DOCX whose document part inflates from kilobytes to 64 MB of spaces. */
    private static void zipBombDocx(Path file) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes());
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>".getBytes());
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.write("</w:body></w:document>".getBytes());
            zip.closeEntry();
        }
    }

    /** A one-page PDF whose content stream is tiny on disk and 50 MB decoded. */
    private static void compressedStreamBomb(Path file) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDStream stream = new PDStream(pdf);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] blanks = new byte[1 << 20];
                java.util.Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i < 50; i++) {
                    out.write(blanks);
                }
                out.write("BT /F1 12 Tf 50 700 Td (bomb) Tj ET".getBytes());
            }
            page.setContents(stream);
            pdf.save(file.toFile());
        }
    }

    private static void manyPages(Path file, int pages) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(50, 700);
                    content.showText("Bilaga sida " + i + " om gatubelysningen i kommunen");
                    content.endText();
                }
            }
            pdf.save(file.toFile());
        }
    }

    @Test
    void theRunFinishesWithAnOutcomePerFile() {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.NONE_OR_SOME_FAILED);
        assertThat(run.out()).contains("imported 5, updated 0, unchanged 1, failed 1");
        assertThat(run.out()).containsPattern("failed: .*zipbomb.docx: decompression bomb: word/document.xml unpacks from \\d+ to 671\\d+ bytes");
    }

    @Test
    void oldEncodingsAndOddNamesAreSearchable() {
        CliRun hits = CliRun.run(dir.resolve("archive"), "search", "färdtjänst", "--json");
        // The two files hold nearly the same text: one hit, both files as its sources.
        assertThat(hits.lines()).singleElement().asString().contains("windows-1252.txt", "iso-8859-1.txt");
        assertThat(CliRun.run(dir.resolve("archive"), "search", "kommunstyrelsen").out()).contains("och\\nradbrytning");
        assertThat(run.out()).contains("imported    " + folder().resolve("namn med \"citat\" och\\nradbrytning å ä ö.txt"));
    }

    @Test
    void thousandsOfPagesKeepTheirPageNumbers() {
        CliRun hit = CliRun.run(dir.resolve("archive"), "search", "\"sida 1999\"", "--json");
        assertThat(hit.out()).contains("\"page\":1999");
    }

    @Test
    void whatWasArchivedBeforeIsKept() {
        assertThat(CliRun.run(dir.resolve("archive"), "search", "kulturnämnden").exitCode()).isZero();
    }
}

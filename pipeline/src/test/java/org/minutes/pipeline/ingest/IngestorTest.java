package org.minutes.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.pipeline.PipelineException;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;

class IngestorTest {

    private static final String PAGE_ONE = "Protokoll 16 november 2020\nSocialförvaltningen har ordet.";
    private static final String PAGE_TWO = "Sida två: stödboende på Söder\nÖvriga frågor.";

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    @Test
    void readsPdfTextPerPageWithPageNumbers() throws Exception {
        Document document = ingestor.read(TestFiles.pdf(dir.resolve("protokoll.pdf"), PAGE_ONE, PAGE_TWO));

        assertThat(document.kind()).isEqualTo(SourceKind.PDF);
        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.pages()).extracting(Page::number).containsExactly(1, 2);
        assertThat(document.pages()).extracting(Page::method).containsOnly(TextMethod.TEXT_LAYER);
        assertThat(document.pages().get(0).text()).contains("Socialförvaltningen har ordet.");
        assertThat(document.pages().get(1).text()).contains("stödboende på Söder");
    }

    @Test
    void idIsTheContentHashSoTheSameBytesAreOneDocument() throws Exception {
        Path a = TestFiles.pdf(dir.resolve("a.pdf"), PAGE_ONE);
        Path b = Files.copy(a, dir.resolve("kopia av a.pdf"));

        assertThat(ingestor.read(a).id()).isEqualTo(ingestor.read(b).id()).hasSize(Hashing.ID_LENGTH);
        assertThat(ingestor.read(a).primarySource().sha256()).isEqualTo(Hashing.sha256(a));
    }

    @Test
    void ownerPasswordOnlyPdfIsReadable() throws Exception {
        Document document = ingestor.read(TestFiles.encryptedPdf(dir.resolve("owner.pdf"), "", PAGE_ONE));
        assertThat(document.pages().get(0).text()).contains("Socialförvaltningen");
    }

    @Test
    void userPasswordPdfFailsWithReason() throws Exception {
        Path file = TestFiles.encryptedPdf(dir.resolve("locked.pdf"), "hemligt", PAGE_ONE);
        assertThatThrownBy(() -> ingestor.read(file)).isInstanceOf(PipelineException.class)
                .hasMessage("encrypted PDF: it needs a password to open");
    }

    @Test
    void emptyTruncatedAndJunkFilesFailWithReasons() throws Exception {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        byte[] pdf = Files.readAllBytes(TestFiles.pdf(dir.resolve("whole.pdf"), PAGE_ONE, PAGE_TWO));
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path junkPdf = Files.write(dir.resolve("junk.pdf"), junk);
        Path junkTxt = Files.write(dir.resolve("junk.txt"), junk);

        assertThatThrownBy(() -> ingestor.read(empty)).hasMessage("empty file (0 bytes)");
        assertThatThrownBy(() -> ingestor.read(truncated)).isInstanceOf(PipelineException.class).hasMessageStartingWith("cannot read");
        assertThatThrownBy(() -> ingestor.read(junkPdf)).hasMessage("not a PDF: the file has no PDF header");
        assertThatThrownBy(() -> ingestor.read(junkTxt)).isInstanceOf(PipelineException.class);
        assertThatThrownBy(() -> ingestor.read(dir.resolve("missing.pdf"))).hasMessage("no such file");
    }

    @Test
    void textFilesInOldEncodingsDecodeToTheSameText() throws Exception {
        String text = "Närvarande: förvaltningens chef – “Åsa” – och övriga.\fSida två";
        for (String charset : new String[] {"UTF-8", "windows-1252", "ISO-8859-1"}) {
            String encodable = charset.equals("ISO-8859-1") ? text.replace('–', '-').replace('“', '"').replace('”', '"') : text;
            Path file = Files.write(dir.resolve(charset + ".txt"), encodable.getBytes(Charset.forName(charset)));
            Document document = ingestor.read(file);

            assertThat(document.kind()).isEqualTo(SourceKind.TEXT);
            assertThat(document.pages()).as(charset).hasSize(2);
            assertThat(document.pages().get(0).text()).as(charset).isEqualTo(encodable.substring(0, encodable.indexOf('\f')));
            assertThat(document.pages().get(0).method()).isEqualTo(TextMethod.PLAIN);
        }
    }

    @Test
    void utf8ByteOrderMarkIsNotText() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Åtgärder".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        assertThat(TextFileReader.decode(all)).isEqualTo("Åtgärder");
    }

    @Test
    void readsHtmlDocxAndOdtThroughTika() throws Exception {
        Path html = Files.writeString(dir.resolve("sida.html"),
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Intervju med direktören</title></head>"
                        + "<body><h1>Intervju</h1><p>Hon började på förvaltningen.</p></body></html>");
        Document web = ingestor.read(html);
        assertThat(web.kind()).isEqualTo(SourceKind.WEB);
        assertThat(web.title()).isEqualTo("Intervju med direktören");
        assertThat(web.pages().get(0).text()).contains("Hon började på förvaltningen.");

        Document docx = ingestor.read(TestFiles.docx(dir.resolve("protokoll.docx"), "Beslut", "Nämnden beslutar att godkänna."));
        assertThat(docx.kind()).isEqualTo(SourceKind.OFFICE);
        assertThat(docx.pages().get(0).text()).contains("Nämnden beslutar att godkänna.");

        Document odt = ingestor.read(TestFiles.odt(dir.resolve("protokoll.odt"), "Justerare: två ledamöter"));
        assertThat(odt.kind()).isEqualTo(SourceKind.OFFICE);
        assertThat(odt.pages().get(0).text()).contains("Justerare: två ledamöter");
    }

    @Test
    void folderWalkTakesKnownFilesOnceAndReportsLinkLoops() throws IOException {
        Path root = Files.createDirectories(dir.resolve("arkiv"));
        Files.writeString(root.resolve("a.txt"), "text");
        Files.writeString(root.resolve("notes.md"), "not a minutes file");
        Files.writeString(Files.createDirectories(root.resolve(".hidden")).resolve("b.txt"), "hidden");
        Path sub = Files.createDirectories(root.resolve("år 2020"));
        Files.writeString(sub.resolve("c d.PDF"), "x");
        Files.createSymbolicLink(sub.resolve("loop"), root);

        SourceFiles.Found found = SourceFiles.collect(java.util.List.of(root, root.resolve("a.txt")));

        assertThat(found.files()).extracting(p -> root.relativize(p).toString())
                .containsExactly("a.txt", "år 2020/c d.PDF");
        assertThat(found.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("loop"));
    }
}

package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Source;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;

class RepairStageTest {

    private static final String DAMAGED = "Hon har jobbat i socialforvaltningen i 10 ar och kdnner alla.";
    private static final String CLEAN = "Bengt är också frustrerad över att det finns regler som gör att hans "
            + "bostadssociala lägenhet automatiskt sägs upp efter fyra år. Nu måste han flytta och har inte fått "
            + "besked om vart. Han efterlyser också mer sysselsättning för personer med missbruk.";

    @Test
    void repairsOcrPagesAndKeepsTheOriginalBeside() {
        Document repaired = new RepairStage().run(document(Page.of(1, DAMAGED, TextMethod.OCR, "no text layer")));
        Page page = repaired.pages().get(0);
        assertThat(page.text()).isEqualTo("Hon har jobbat i socialförvaltningen i 10 år och känner alla.");
        assertThat(page.original()).isEqualTo(DAMAGED);
        assertThat(page.edits()).hasSize(3);
        assertThat(repaired.versions()).containsEntry("repair", RepairStage.VERSION);
    }

    @Test
    void repairsTheDamagedPagesOfADocumentTogether() {
        Page first = Page.of(1, "Kommunen ansvarar for ungdomsvard, egenvard och sjukvarden.", TextMethod.OCR, "scan");
        Page clean = Page.of(2, CLEAN, TextMethod.PLAIN, "plain text file");
        Page third = Page.of(3, "Hon fick god vard av personalen.", TextMethod.OCR, "scan");
        Document repaired = new RepairStage().run(Document.of("abcd1234", new Source("minutes.pdf", "00", 1L, 0L),
                "application/pdf", SourceKind.PDF, List.of(first, clean, third)));
        assertThat(repaired.pages().get(1)).isSameAs(clean);
        assertThat(repaired.pages().get(2).text()).isEqualTo("Hon fick god vård av personalen.");
        assertThat(repaired.pages().get(2).original()).isEqualTo("Hon fick god vard av personalen.");
    }

    @Test
    void aCleanTextLayerPageTellsHowTheDocumentSpellsItsWords() {
        Page layer = Page.of(1, "Nämnden ansvarar för vård och omsorg i kommunen. Vård ges efter behov.",
                TextMethod.TEXT_LAYER, "text layer");
        Page scanned = Page.of(2, "Hon fick god vard av personalen.", TextMethod.OCR, "scan");
        Document repaired = new RepairStage().run(Document.of("abcd1234", new Source("minutes.pdf", "00", 1L, 0L),
                "application/pdf", SourceKind.PDF, List.of(layer, scanned)));
        assertThat(repaired.pages().get(0)).isSameAs(layer);
        assertThat(repaired.pages().get(1).text()).isEqualTo("Hon fick god vård av personalen.");
        // Alone, the scanned page reads "värd", the word the counts prefer.
        assertThat(new RepairStage().run(document(scanned)).pages().get(0).text())
                .isEqualTo("Hon fick god värd av personalen.");
    }

    @Test
    void leavesABornDigitalPlainTextUntouched() {
        Page page = Page.of(1, CLEAN, TextMethod.PLAIN, "plain text file");
        Document result = new RepairStage().run(document(page));
        assertThat(result.pages().get(0)).isSameAs(page);
    }

    @Test
    void repairsAPlainTextThatLostItsDiacritics() {
        String stripped = "Bengt ar ocksa frustrerad over att det finns regler som gor att hans bostadssociala "
                + "lagenhet automatiskt sags upp efter fyra ar. Nu maste han flytta och har inte fatt besked om vart. "
                + "Han efterlyser ocksa mer sysselsattning for personer med missbruk.";
        Page page = Page.of(1, stripped, TextMethod.PLAIN, "plain text file");
        Page repaired = new RepairStage().run(document(page)).pages().get(0);
        assertThat(repaired.original()).isEqualTo(stripped);
        assertThat(repaired.text()).startsWith("Bengt är också frustrerad över att det finns regler som gör");
    }

    @Test
    void survivesEmptyPages() {
        Page empty = Page.of(1, "", TextMethod.OCR, "no text");
        assertThat(new RepairStage().run(document(empty)).pages().get(0)).isSameAs(empty);
    }

    private static Document document(Page page) {
        return Document.of("abcd1234", new Source("minutes.txt", "00", 1L, 0L), "text/plain", SourceKind.TEXT, List.of(page));
    }
}

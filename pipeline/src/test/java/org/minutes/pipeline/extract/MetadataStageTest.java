package org.minutes.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Source;
import org.minutes.pipeline.model.SourceKind;
import org.minutes.pipeline.model.TextMethod;

class MetadataStageTest {

    private final MetadataStage stage = new MetadataStage();

    private static Document document(String fileName, String declaredTitle, String... pages) {
        List<Page> list = new java.util.ArrayList<>();
        for (String text : pages) {
            list.add(Page.of(list.size() + 1, text, TextMethod.TEXT_LAYER, "text layer"));
        }
        return Document.of("00000000000000aa", new Source("/arkiv/" + fileName, "a".repeat(64), 1, 1),
                "application/pdf", SourceKind.PDF, list).withTitle(declaredTitle);
    }

    @Test
    void titleAndDateFromTheFirstLine() {
        Document out = stage.apply(document("x.pdf", null, "\n  Styrelsemöte 3 maj 2019\nNärvarande: …"));
        assertThat(out.title()).isEqualTo("Styrelsemöte 3 maj 2019");
        assertThat(out.meetingDate().iso()).isEqualTo("2019-05-03");
    }

    @Test
    void declaredTitleWinsAndTheFileNameGivesTheDate() {
        Document out = stage.apply(document("protokoll-2018-02-07.pdf", "Protokoll", "Protokoll\nNästa möte 7 mars 2018"));
        assertThat(out.title()).isEqualTo("Protokoll");
        assertThat(out.meetingDate().iso()).isEqualTo("2018-02-07");
    }

    @Test
    void aYearThatWasNotPrintedIsNotInvented() {
        Document out = stage.apply(document("arbetsgrupp.pdf", null, "Arbetsgrupp 9 mars\nDeltagare"));
        assertThat(out.meetingDate().iso()).isEqualTo("--03-09");
    }

    @Test
    void documentWithoutTextIsTitledByItsFileName() {
        Document out = stage.apply(document("skannat.pdf", null, ""));
        assertThat(out.title()).isEqualTo("skannat.pdf");
        assertThat(out.meetingDate()).isNull();
    }

    @Test
    void longFirstLineIsShortenedAtAWord() {
        String line = "ord ".repeat(100).strip();
        assertThat(stage.apply(document("a.pdf", null, line)).title()).hasSizeLessThanOrEqualTo(MetadataStage.MAX_TITLE + 1).endsWith("…");
    }
}

package org.minutes.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonRoundTripTest {

    @Test
    void documentSurvivesJsonUnchanged() throws Exception {
        Page repaired = Page.of(1, "for alla", TextMethod.OCR, "no text layer")
                .withRepair("för alla", List.of(new Edit(0, 3, "for", "för", 0.9, "diacritics")));
        Document document = Document.of("0123456789abcdef", new Source("/a/b.pdf", "ab".repeat(32), 10, 20),
                        "application/pdf", SourceKind.SCAN, List.of(repaired, Page.of(2, "", TextMethod.NONE, "waiting")))
                .withTitle("Protokoll")
                .withMeetingDate(PartialDate.parse("--03-09"))
                .withProblems(List.of(new Problem("ocr", 2, "timed out")))
                .withVersion("ocr", "1");

        String json = Json.mapper().writeValueAsString(document);
        Document back = Json.mapper().readValue(json, Document.class);

        assertThat(back).isEqualTo(document);
        assertThat(json).contains("\"method\":\"ocr\"", "\"kind\":\"scan\"", "\"meetingDate\":\"--03-09\"")
                .doesNotContain("\"empty\"");
    }

    @Test
    void repairKeepsTheOriginalBesideTheNewText() {
        Page page = Page.of(1, "6ver", TextMethod.PLAIN, "plain text file");
        Page repaired = page.withRepair("över", List.of(new Edit(0, 4, "6ver", "över", 0.8, "confusion")));

        assertThat(repaired.text()).isEqualTo("över");
        assertThat(repaired.original()).isEqualTo("6ver");
        assertThat(page.text()).isEqualTo("6ver");
        assertThat(page.withRepair("6ver", List.of())).isSameAs(page);
    }
}

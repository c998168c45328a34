package org.minutes.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

    @Test
    void entitiesAndMeetingSurviveAJsonRoundTrip() throws Exception {
        Document document = Document.of("d1", new Source("/a/p.pdf", "ab", 3, 4), "application/pdf", SourceKind.PDF,
                        List.of(Page.of(1, "Eva Lind, AMF. 14 december kl. 13", TextMethod.TEXT_LAYER, "text layer is good")))
                .withTitle("Styrgruppen 16 november 2020")
                .withMeetingDate(PartialDate.parse("2020-11-16"))
                .withMeeting(new Meeting("Styrgruppen", "2020-11-16",
                        List.of(new Meeting.Attendee("Eva Lind", "AMF", "enhetschef")), "Eva Lind", null, null, List.of(),
                        null, "2020-12-14", List.of(new Meeting.Item("3", "Budget", "Att godkänna budgeten.", 1))))
                .withEntities(
                        List.of(new Person("Eva Lind", List.of("enhetschef"), List.of("AMF"), List.of(new Mention(1, 0, 8, "Eva Lind")))),
                        List.of(new Organisation("arbetsmarknadsförvaltningen", List.of("AMF"), List.of(new Mention(1, 10, 13, "AMF")))),
                        List.of(new DateFact("14 december kl. 13", "2020-12-14", "DAY", 1, 15, 33, "13:00")));
        String json = Json.mapper().writeValueAsString(document);
        Document back = Json.mapper().readValue(json, Document.class);
        assertThat(back).isEqualTo(document);
        assertThat(json).contains("\"persons\":[{\"name\":\"Eva Lind\",\"roles\":[\"enhetschef\"],\"affiliations\":[\"AMF\"],"
                + "\"mentions\":[{\"page\":1,\"start\":0,\"end\":8,\"text\":\"Eva Lind\"}]}]");
    }

    @Test
    void anArchivedDocumentWithoutEntitiesStillReads() throws Exception {
        String old = "{\"id\":\"d1\",\"sources\":[],\"kind\":\"text\",\"pages\":[],\"problems\":[],\"versions\":{}}";
        Document back = Json.mapper().readValue(old, Document.class);
        assertThat(back.persons()).isEmpty();
        assertThat(back.meeting()).isNull();
        assertThat(back.dates()).isEmpty();
    }
}

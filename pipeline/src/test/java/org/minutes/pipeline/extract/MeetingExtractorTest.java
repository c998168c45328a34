package org.minutes.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.model.Meeting;
import org.minutes.pipeline.model.PartialDate;

class MeetingExtractorTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    @Test
    void formalProtokoll() throws IOException {
        String text = resource("protokoll-kultur.txt");
        Meeting meeting = EXTRACTOR.extract(List.of(text), "Sammanträdesprotokoll", PartialDate.parse("2019-03-12")).meeting();
        assertThat(meeting.body()).isEqualTo("Kultur- och fritidsnämnden");
        assertThat(meeting.date()).isEqualTo("2019-03-12");
        assertThat(meeting.attendees()).containsExactly(
                new Meeting.Attendee("Lena Holmberg", "S", "ordförande"),
                new Meeting.Attendee("Tomas Ekvall", "M", "vice ordförande"),
                new Meeting.Attendee("Fatima Rahimi", "S", null),
                new Meeting.Attendee("Göran Lindqvist", "C", null),
                new Meeting.Attendee("Karin Sundberg", null, "förvaltningschef"),
                new Meeting.Attendee("Oskar Wallin", null, "nämndsekreterare"));
        assertThat(meeting.chair()).isEqualTo("Lena Holmberg");
        assertThat(meeting.secretary()).isEqualTo("Oskar Wallin");
        assertThat(meeting.adjusters()).containsExactly("Tomas Ekvall");
        assertThat(meeting.adjusted()).isEqualTo("2019-03-19");
        assertThat(meeting.nextMeeting()).isEqualTo("2019-04-09");
        assertThat(meeting.items()).containsExactly(
                new Meeting.Item("14", "Budgetuppföljning februari",
                        "Kultur- och fritidsnämnden beslutar att godkänna budgetuppföljningen och lägga den till handlingarna.", 1),
                new Meeting.Item("15", "Samverkan med Studieförbundet Vuxenskolan",
                        "Nämnden beslutar att uppdra åt förvaltningen att utreda frågan till nästa sammanträde.", 1));
    }

    @Test
    void attendanceListWithAffiliationsRolesAndNoteTaker() {
        String text = """
                Styrgrupp för boendefrågor 4 maj

                Närvarande
                Maria Lund, Stadsmissionen
                Johan Ek, enhetschef socialförvaltningen
                Ahmed Nasser, HR-chef
                Kyrkans sociala arbete (Sven Björk)
                Sofia Ali, socialförvaltningen (antecknar)

                Nästa möte
                Tisdag 1 juni, kl. 9-11.
                """;
        Meeting meeting = EXTRACTOR.extract(List.of(text), null, PartialDate.parse("--05-04")).meeting();
        assertThat(meeting.body()).isEqualTo("Styrgrupp för boendefrågor");
        assertThat(meeting.date()).isEqualTo("--05-04");
        assertThat(meeting.attendees()).containsExactly(
                new Meeting.Attendee("Maria Lund", "Stadsmissionen", null),
                new Meeting.Attendee("Johan Ek", "socialförvaltningen", "enhetschef"),
                new Meeting.Attendee("Ahmed Nasser", null, "HR-chef"),
                new Meeting.Attendee("Sven Björk", "Kyrkans sociala arbete", null),
                new Meeting.Attendee("Sofia Ali", "socialförvaltningen", null));
        assertThat(meeting.noteTaker()).isEqualTo("Sofia Ali");
        assertThat(meeting.nextMeeting()).isEqualTo("--06-01");
    }

    @Test
    void informalNotesWithTheAttendanceOnOneLine() throws IOException {
        String text = resource("minnesanteckningar-samverkan.txt");
        EntityExtractor.Entities found = EXTRACTOR.extract(List.of(text), null, PartialDate.parse("2022-02-08"));
        Meeting meeting = found.meeting();
        assertThat(meeting.body()).isEqualTo("samverkansgruppen för psykisk hälsa");
        assertThat(meeting.attendees()).containsExactly(
                new Meeting.Attendee("Maria Johansson", "Region Skåne", null),
                new Meeting.Attendee("Peter Lundgren", "socialförvaltningen", null),
                new Meeting.Attendee("Sanna Ali", "NSPH Skåne", null),
                new Meeting.Attendee("Jörgen Håkansson", "Attention", null));
        assertThat(meeting.noteTaker()).isEqualTo("Peter Lundgren");
        assertThat(meeting.chair()).isEqualTo("Maria Johansson");
        assertThat(meeting.nextMeeting()).isEqualTo("2022-04-12");
        assertThat(found.organisations()).extracting(o -> o.name()).containsExactly("Region Skåne", "socialförvaltningen",
                "NSPH Skåne", "Attention", "vuxenpsykiatrin", "Studieförbundet Vuxenskolan", "Försäkringskassan",
                "Hyresgästföreningen", "Kvarnbyhem AB", "kommunfullmäktige");
        assertThat(found.dates()).extracting(d -> d.iso()).containsExactly("2022-02-08", "2022-03-15", "2022-04", "2021-12",
                "2022", "2023", "2022-04-12");
    }

    @Test
    void aDocumentThatIsNotMinutesHasNoMeeting() {
        assertThat(EXTRACTOR.extract(List.of("Vår verksamhetsplan för året.\nVi ska göra mer."), "Verksamhetsplan", null).meeting())
                .isNull();
    }

    @Test
    void decisionAfterABesultHeadingOrInABeslutarAttSentence() {
        assertThat(MeetingExtractor.decision("Ärendet gäller bidrag.\n\nBeslut\nAtt bevilja bidrag med 10 000 kronor.\n\nÖvrigt"))
                .isEqualTo("Att bevilja bidrag med 10 000 kronor.");
        assertThat(MeetingExtractor.decision("Ärendet gäller bidrag. Styrelsen beslutar att avslå ansökan. Mötet avslutas."))
                .isEqualTo("Styrelsen beslutar att avslå ansökan.");
        assertThat(MeetingExtractor.decision("Ärendet diskuterades.")).isNull();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MeetingExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

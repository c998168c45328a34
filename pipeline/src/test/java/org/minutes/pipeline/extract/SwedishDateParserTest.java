package org.minutes.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.model.PartialDate;

class SwedishDateParserTest {

    @Test
    void caseFile() throws IOException {
        CaseFile file = CaseFile.read("dates.txt");
        assertThat(file.cases()).hasSizeGreaterThan(25);
        for (String[] c : file.cases()) {
            assertThat(found(c[0], c[1])).as(c[0] + " (meeting " + c[1] + ")").isEqualTo(c[2]);
        }
    }

    @Test
    void knownMissesStillMiss() throws IOException {
        for (String[] c : CaseFile.read("dates.txt").knownMisses()) {
            assertThat(found(c[0], c[1])).as("fixed? move it up: " + c[0]).isNotEqualTo(c[2]);
        }
    }

    @Test
    void expressionKeepsItsOffsetsAndText() {
        String text = "Nästa möte\n14 december, klockan 13.30-15.30, via Teams.";
        DateExpression d = SwedishDateParser.expressions(text, PartialDate.parse("2020-11-16")).get(0);
        assertThat(text.substring(d.start(), d.end())).isEqualTo("14 december, klockan 13.30-15.30");
        assertThat(d).isEqualTo(new DateExpression(11, 43, "14 december, klockan 13.30-15.30", "2020-12-14", "DAY", "13:30-15:30"));
    }

    @Test
    void yearNotPrintedStaysUnknownWithoutAMeetingYear() {
        assertThat(SwedishDateParser.expressions("9 mars", null).get(0).precision()).isEqualTo("DAY_WITHOUT_YEAR");
    }

    @Test
    void findAllAndFileNamesKeepTheirMeaning() {
        assertThat(SwedishDateParser.findAll("Under 2021 och 16 november 2020")).extracting(DateMention::text)
                .containsExactly("16 november 2020");
        assertThat(SwedishDateParser.fromFileName("ledningsgrupp-for-utveckling-9-mars.pdf")).isEqualTo(PartialDate.parse("--03-09"));
        assertThat(SwedishDateParser.fromFileName("20201116_sn.pdf")).isEqualTo(PartialDate.parse("2020-11-16"));
        assertThat(SwedishDateParser.fromFileName("verksamhetsplan-2021.pdf")).isNull();
    }

    @Test
    void survivesEmptyAndRandomText() {
        assertThat(SwedishDateParser.expressions("", null)).isEmpty();
        Random random = new Random(5);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            String alphabet = " 0123456789-/.:åäöklockanmarsidag\n§(";
            for (int k = random.nextInt(200); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            SwedishDateParser.expressions(sb.toString(), PartialDate.parse("2020-02-29"));
        }
    }

    private static String found(String text, String meeting) {
        PartialDate context = meeting.equals("-") ? null : PartialDate.parse(meeting);
        List<DateExpression> found = SwedishDateParser.expressions(text, context);
        if (found.isEmpty()) {
            return "-";
        }
        return found.stream().map(d -> d.iso() + (d.time() == null ? "" : "@" + d.time())).collect(Collectors.joining(" "));
    }
}

package org.minutes.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class DateMentionTest {

    /** Each line of dates.tsv: text TAB the ISO values found, comma-separated (empty: none). */
    @Test
    void findsTheDatesOfTheCaseFile() throws IOException {
        String cases = new String(Objects.requireNonNull(getClass().getResourceAsStream("/extract/dates.tsv")).readAllBytes(),
                StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : cases.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            List<String> found = SwedishDateParser.findAll(parts[0]).stream().map(d -> d.date().iso()).toList();
            assertThat(String.join(",", found)).as(parts[0]).isEqualTo(parts[1]);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void keepsOffsetsOfTheExpression() {
        DateMention mention = SwedishDateParser.findAll("Mötet den 16 november 2020 i Helsingborg").get(0);
        assertThat(mention.text()).isEqualTo("16 november 2020");
        assertThat(mention.start()).isEqualTo(10);
        assertThat(mention.end()).isEqualTo(26);
    }

    @Test
    void readsDatesInFileNames() {
        assertThat(SwedishDateParser.fromFileName("protokoll-2020-11-16.pdf").iso()).isEqualTo("2020-11-16");
        assertThat(SwedishDateParser.fromFileName("20190305_sn.pdf").iso()).isEqualTo("2019-03-05");
        assertThat(SwedishDateParser.fromFileName("styrgrupp-9-mars.txt").iso()).isEqualTo("--03-09");
        assertThat(SwedishDateParser.fromFileName("verksamhetsplan.pdf")).isNull();
    }

    @Test
    void survivesEmptyAndOddInput() {
        assertThat(SwedishDateParser.findAll("")).isEmpty();
        assertThat(SwedishDateParser.findAll("99 mars 2020, 2020-13-45, 31 februari")).isEmpty();
    }
}

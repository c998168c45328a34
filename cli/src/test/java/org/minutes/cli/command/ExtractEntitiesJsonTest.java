package org.minutes.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.model.Json;
import picocli.CommandLine;

class ExtractEntitiesJsonTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.repo", "..")).resolve("samples");

    @Test
    void extractJsonCarriesMeetingPersonsOrganisationsAndDates() throws Exception {
        StringWriter out = new StringWriter();
        new CommandLine(new ExtractCommand()).setOut(new PrintWriter(out))
                .execute("--json", SAMPLES.resolve("ledningsgrupp-for-utveckling-9-mars.pdf").toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        JsonNode meeting = json.get("meeting");
        assertThat(meeting.get("body").asText()).isEqualTo("Ledningsgrupp för utveckling");
        assertThat(meeting.get("date").asText()).isEqualTo("--03-09");
        assertThat(meeting.get("noteTaker").asText()).isEqualTo("David Bergström");
        assertThat(meeting.get("attendees").get(5).toString())
                .isEqualTo("{\"name\":\"Martina Elofsson\",\"affiliation\":\"socialförvaltningen\",\"role\":\"HR-chef\"}");
        JsonNode bo = json.get("persons").get(4);
        assertThat(bo.get("name").asText()).isEqualTo("Bo Pettersson");
        assertThat(bo.get("mentions").findValuesAsText("text")).containsExactly("Bo Pettersson", "Bo Pettersson", "Bosse", "Bosse");
        assertThat(json.get("organisations").get(0).get("name").asText()).isEqualTo("Fontänhuset Bryggan");
        assertThat(json.get("dates").get(0).toString())
                .isEqualTo("{\"text\":\"9 mars\",\"iso\":\"--03-09\",\"precision\":\"DAY_WITHOUT_YEAR\",\"page\":1,\"start\":29,\"end\":35}");
    }

    @Test
    void extractTextShowsAReadableSummary() {
        StringWriter out = new StringWriter();
        new CommandLine(new ExtractCommand()).setOut(new PrintWriter(out))
                .execute(SAMPLES.resolve("gemensam-utvecklingsgrupp-2020-11-16.pdf").toString());
        assertThat(out.toString())
                .contains("body:     Gemensam utvecklingsgrupp\n")
                .contains("next:     2020-12-14\n")
                .contains("person:   Margareta Gustavi (Schizofreniföreningen) ×1\n")
                .contains("org:      Centrum för tjänsteforskning (CTF) ×2\n")
                .contains("when:     2020-12-14 13:30-15:30  \"14 december, klockan 13.30-15.30\" (page 3)\n");
    }
}

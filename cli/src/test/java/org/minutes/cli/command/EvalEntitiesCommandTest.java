package org.minutes.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.model.Json;
import picocli.CommandLine;

class EvalEntitiesCommandTest {

    private static final Path SAMPLES = Path.of(System.getProperty("minutes.repo", "..")).resolve("samples");

    @Test
    void printsPrecisionRecallAndF1PerType() {
        String name = "ledningsgrupp-for-utveckling-9-mars.pdf";
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalEntitiesCommand()).setOut(new PrintWriter(out));
        int code = cli.execute("--gold", SAMPLES.resolve("gold/" + name + ".gold.json").toString(), SAMPLES.resolve(name).toString());
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("""
                type            gold found correct precision recall     F1
                persons           12    12      12     1.000  1.000  1.000
                organisations     11    11      11     1.000  1.000  1.000
                dates              2     2       2     1.000  1.000  1.000
                """);
    }

    @Test
    void jsonListsMissesForTheOcrCopy() throws Exception {
        String name = "gemensam-utvecklingsgrupp-2020-11-16.ocr.txt";
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalEntitiesCommand()).setOut(new PrintWriter(out));
        cli.execute("--json", "--gold", SAMPLES.resolve("gold/" + name + ".gold.json").toString(),
                SAMPLES.resolve(name).toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        // Repair restores the diacritics of names in the shipped Swedish name lists (Palsson, Akerman), so none is missed.
        assertThat(json.get("persons").get("missed").toString()).isEqualTo("[]");
        assertThat(json.get("dates").get("f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aMissingGoldFileIsAOneLineError() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvalEntitiesCommand()).setErr(new PrintWriter(err));
        int code = cli.execute("--gold", "/nonexistent/gold.json", SAMPLES.resolve("intervju-emelie-erixon.html").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("cannot read gold file /nonexistent/gold.json");
    }
}

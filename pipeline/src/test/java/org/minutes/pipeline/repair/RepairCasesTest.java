package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RepairCasesTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = RepairCasesTest.class.getResourceAsStream("/repair/cases.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .map(parts -> Arguments.of(parts[0], parts[1]))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void repairs(String input, String expected) {
        assertThat(SwedishRepairer.shared().repair(input).text()).isEqualTo(expected);
    }
}

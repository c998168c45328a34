package org.minutes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticArchiveTest {

    private static final List<String> SEEDS = List.of(
            "Mötet öppnades av ordföranden Karin Lindqvist den 3 mars 2019.\n\nNämnden beslutar att godkänna budgeten för året.",
            "Förvaltningen redovisar uppföljningen av hemtjänsten.\n\nNästa möte hålls 14 december i stadshuset.");

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameArchive() throws Exception {
        List<String> a = new SyntheticArchive(SEEDS).write(dir.resolve("a"), 40, 7);
        List<String> b = new SyntheticArchive(SEEDS).write(dir.resolve("b"), 40, 7);
        List<String> c = new SyntheticArchive(SEEDS).write(dir.resolve("c"), 40, 8);

        assertThat(a).hasSize(40).isEqualTo(b).isNotEqualTo(c);
        try (Stream<Path> files = Files.walk(dir.resolve("a"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(40 / SyntheticArchive.PAGES_PER_FILE);
        }
    }

    @Test
    void pagesAreTitledSubstitutedAndSometimesDamaged() throws Exception {
        List<String> pages = new SyntheticArchive(SEEDS).write(dir, 200, 1);
        assertThat(pages.get(0)).containsPattern("^\\S.* \\d{1,2} \\p{L}+ \\d{4}\\n");
        assertThat(String.join("", pages)).doesNotContain("Karin Lindqvist");
        long damaged = pages.stream().filter(p -> !p.contains("ö") && !p.contains("ä")).count();
        assertThat(damaged).isBetween(20L, 80L); // about a fifth
    }

    @Test
    void damageStripsOrMisreadsSwedishLetters() {
        String damaged = SyntheticArchive.damage("Förvaltningen på Söder", new Random(3));
        assertThat(damaged).doesNotContain("ö").doesNotContain("å").startsWith("F").endsWith("der").hasSize(22);
    }

    @Test
    void textWithoutBlankLinesIsCutIntoPiecesAtLineBreaks() {
        String line = "Förvaltningen redovisar läget för hemtjänsten och nämnden ställer frågor om budgeten.";
        List<String> pieces = SyntheticArchive.pieces((line + "\n").repeat(40).strip());
        assertThat(pieces).hasSizeGreaterThan(5).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SyntheticArchive.MAX_PIECE));
        assertThat(String.join("\n", pieces)).isEqualTo((line + "\n").repeat(40).strip());
    }

    @Test
    void seedsWithoutParagraphsAreRefused() {
        assertThatThrownBy(() -> new SyntheticArchive(List.of("kort"))).hasMessageContaining("no paragraphs");
    }

    @Test
    void percentilesAreNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0);
        assertThat(Figure.percentile(values, 50)).isEqualTo(3.0);
        assertThat(Figure.percentile(values, 99)).isEqualTo(5.0);
        assertThat(Figure.of("s", "n", "u", values).median()).isEqualTo(3.0);
        assertThat(Figure.missing("s", "n", "why").measured()).isFalse();
    }
}

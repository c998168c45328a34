package org.minutes.pipeline.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.pipeline.repair.SwedishRepairer;

class ArchiveLexiconTest {

    @TempDir
    Path dir;

    @Test
    void savesTheSameBytesWhateverTheOrderOfDocuments() throws IOException {
        ArchiveLexicon one = new ArchiveLexicon();
        one.add("Anna Pålsson leder mötet.");
        one.add("Brandstationen på Gåsebäck 2020.");
        ArchiveLexicon two = new ArchiveLexicon();
        two.add("Brandstationen på Gåsebäck 2020.");
        two.add("Anna Pålsson leder mötet.");
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        one.save(a);
        two.save(b);
        assertThat(Files.readAllBytes(a.resolve(ArchiveLexicon.FILE_NAME)))
                .isEqualTo(Files.readAllBytes(b.resolve(ArchiveLexicon.FILE_NAME)));
        assertThat(Files.readAllLines(a.resolve(ArchiveLexicon.FILE_NAME))).contains(
                "1\tgåsebäck\t1", "1\t<num>\t1", "2\tpå gåsebäck\t1", "2\tmötet <s>\t1");
    }

    @Test
    void loadsWhatWasSaved() throws IOException {
        ArchiveLexicon lexicon = new ArchiveLexicon();
        lexicon.add("Pålsson och Pålsson.");
        lexicon.save(dir);
        assertThat(ArchiveLexicon.load(dir).count("pålsson")).isEqualTo(2);
        assertThat(ArchiveLexicon.load(dir.resolve("none")).count("pålsson")).isZero();
    }

    @Test
    void namesLearnedFromTrustworthyTextRepairTheirDamagedTwins() {
        String damaged = "Brandstationen pa Gaseback drivs av Erik Hallqvist.";
        assertThat(SwedishRepairer.shared().repair(damaged).text()).isEqualTo("Brandstationen på Gaseback drivs av Erik Hallqvist.");
        ArchiveLexicon learned = new ArchiveLexicon();
        learned.add("Cykelverkstaden på Gåsebäck drivs av Anna Hällqvist.");
        SwedishRepairer repairer = new SwedishRepairer(SwedishLexicon.shared().withArchive(learned.counts()));
        assertThat(repairer.repair(damaged).text()).isEqualTo("Brandstationen på Gåsebäck drivs av Erik Hällqvist.");
    }
}

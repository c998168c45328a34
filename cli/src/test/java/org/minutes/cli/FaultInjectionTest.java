package org.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.index.Archive;
import org.minutes.index.SourceRecord;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;

/**
 * Kills an import with SIGKILL at random moments, several times, then lets it finish; the archive must then hold
 * exactly what a clean import makes: the same documents with the same text, nothing lost, nothing twice.
 */
class FaultInjectionTest {

    private static final String[] WORDS = {"nämnden", "beslutar", "förvaltningen", "budget", "stödboende", "möte",
        "protokoll", "justerare", "ordförande", "skolan", "äldreomsorg", "hemtjänst", "uppföljning", "ärende"};

    @TempDir
    Path dir;

    private Path makeFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inkommet"));
        Random random = new Random(2020);
        for (int i = 0; i < 240; i++) {
            StringBuilder text = new StringBuilder("Protokoll nr " + i + "\n");
            for (int w = 0; w < 300; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ".\n" : " ");
            }
            Files.writeString(Files.createDirectories(folder.resolve("år " + (2000 + i % 7))).resolve("protokoll " + i + ".txt"), text);
        }
        for (String sample : new String[] {"gemensam-utvecklingsgrupp-2020-11-16.pdf", "ledningsgrupp-for-utveckling-9-mars.pdf",
            "verksamhetsplan-socialforvaltningen-2021.pdf", "intervju-emelie-erixon.html"}) {
            Files.copy(CliRun.repo().resolve("samples").resolve(sample), folder.resolve(sample));
        }
        return folder;
    }

    /** Every source path with its document's page texts: what must come out the same. */
    private static Map<String, List<String>> contents(Path archiveDir) throws Exception {
        Map<String, List<String>> contents = new TreeMap<>();
        try (Archive archive = Archive.openForReading(archiveDir)) {
            for (SourceRecord record : archive.sourceRecords()) {
                Document document = archive.get(record.documentId()).orElseThrow();
                contents.put(record.path() + " " + document.id(), document.pages().stream().map(Page::text).toList());
            }
            contents.put("pages in index", List.of(String.valueOf(archive.pageCount())));
        }
        return contents;
    }

    private static Process startImport(Path folder, Path archive) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", folder.toString(), "--archive", archive.toString(), "--threads", "2");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File(archive.getParent().toFile(), "log.txt"))
                .start();
    }

    @Test
    void killedImportsFinishWithExactlyTheDocumentsOfACleanImport() throws Exception {
        Path folder = makeFolder();
        Path clean = dir.resolve("clean");
        assertThat(CliRun.run(clean, "import", folder.toString()).exitCode()).isZero();

        Path killed = dir.resolve("killed");
        Random random = new Random(7);
        int kills = 0;
        for (int round = 0; round < 5; round++) {
            Process process = startImport(folder, killed);
            boolean finished = process.waitFor(400 + random.nextInt(1800), TimeUnit.MILLISECONDS);
            if (finished) {
                break;
            }
            process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no closing of the index
            kills++;
            if (Files.exists(killed.resolve("index"))) {
                try (var directory = FSDirectory.open(killed.resolve("index")); CheckIndex check = new CheckIndex(directory)) {
                    check.setInfoStream(null);
                    assertThat(check.checkIndex().clean).as("index after kill %d", kills).isTrue();
                }
            }
        }
        Process last = startImport(folder, killed);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();

        assertThat(kills).as("the import was interrupted at least twice").isGreaterThanOrEqualTo(2);
        assertThat(contents(killed)).isEqualTo(contents(clean)).hasSize(245);
    }

    @Test
    void checkPassesOnAFinishedImport() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("f"));
        Files.writeString(folder.resolve("a.txt"), "Sammanträde med nämnden");
        Path archive = dir.resolve("a");
        CliRun.run(archive, "import", folder.toString());

        CliRun ok = CliRun.run(archive, "check");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("index:    ok (CheckIndex passed)", "by kind:  {text=1}", "archive ok");

        Files.writeString(folder.resolve("a.txt"), "Ändrad text");
        CliRun changed = CliRun.run(archive, "check");
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).contains("the source file changed since it was archived (run sync)");
    }

    @Test
    void syncWritesAJsonReport() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("f"));
        Files.writeString(folder.resolve("a.txt"), "Sammanträde med nämnden");
        Files.write(folder.resolve("b.pdf"), new byte[0]);
        Path report = dir.resolve("report.json");

        CliRun run = CliRun.run(dir.resolve("a"), "sync", folder.toString(), "--report", report.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
        assertThat(json.get("imported").asInt()).isEqualTo(1);
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        assertThat(json.get("removed").asInt()).isZero();
        assertThat(json.get("failures").get(0).get("reason").asText()).isEqualTo("empty file (0 bytes)");
        assertThat(json.has("started") && json.has("finished") && json.has("filesPerSecond")).isTrue();
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).contains("unchanged", "updated", "quarantined", "quarantinedEarlier");
    }
}

package org.minutes.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.index.search.SearchRequest;
import org.minutes.pipeline.Pipeline;
import org.minutes.pipeline.Stage;
import org.minutes.pipeline.ingest.Ingestor;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.outcome.FileOutcome;

class ImporterTest {

    @TempDir
    Path dir;

    private final List<FileOutcome> seen = new ArrayList<>();

    private final Importer.Listener listener = new Importer.Listener() {
        @Override
        public void started(int files) {
        }

        @Override
        public void finished(FileOutcome outcome) {
            seen.add(outcome);
        }
    };

    private ImportSummary sync(Path archiveDir, Pipeline pipeline, ImportOptions options, Path... roots) throws Exception {
        seen.clear();
        try (Archive archive = Archive.openForWriting(archiveDir)) {
            return new Importer(pipeline, archive, options, dir).run(List.of(roots), listener);
        }
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void syncAddsUpdatesAndRemoves() throws Exception {
        Path folder = dir.resolve("mapp");
        Path archive = dir.resolve("arkiv");
        write(folder.resolve("a.txt"), "Protokoll om budget");
        Path b = write(folder.resolve("b.txt"), "Protokoll om skolan");
        Path c = write(folder.resolve("sub/c.txt"), "Protokoll om parkerna");

        ImportSummary first = sync(archive, Pipeline.standard(), ImportOptions.syncing(), folder);
        assertThat(first.count(FileOutcome.Status.IMPORTED)).isEqualTo(3);

        write(b, "Protokoll om skolmaten");
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 5000));
        Files.delete(c);
        ImportSummary second = sync(archive, Pipeline.standard(), ImportOptions.syncing(), folder);

        assertThat(second.count(FileOutcome.Status.UNCHANGED)).isEqualTo(1);
        assertThat(second.count(FileOutcome.Status.UPDATED)).isEqualTo(1);
        assertThat(second.count(FileOutcome.Status.REMOVED)).isEqualTo(1);
        try (Archive read = Archive.openForReading(archive)) {
            assertThat(read.search(SearchRequest.of("skolmaten")).hits()).hasSize(1);
            assertThat(read.search(SearchRequest.of("skolan")).hits()).isEmpty();
            assertThat(read.search(SearchRequest.of("parkerna")).hits()).isEmpty();
            assertThat(read.sourceRecords()).hasSize(2);
        }
    }

    @Test
    void aMissingFolderRemovesNothing() throws Exception {
        Path folder = dir.resolve("share");
        Path archive = dir.resolve("arkiv");
        write(folder.resolve("a.txt"), "Protokoll om budget");
        sync(archive, Pipeline.standard(), ImportOptions.syncing(), folder);

        Files.move(folder, dir.resolve("unmounted"));
        ImportSummary summary = sync(archive, Pipeline.standard(), ImportOptions.syncing(), folder);

        assertThat(summary.count(FileOutcome.Status.REMOVED)).isZero();
        try (Archive read = Archive.openForReading(archive)) {
            assertThat(read.search(SearchRequest.of("budget")).hits()).hasSize(1);
        }
    }

    @Test
    void failedFileIsReportedAgainWithoutRereadingAndRetriedWhenItChanges() throws Exception {
        Path folder = dir.resolve("mapp");
        Path archive = dir.resolve("arkiv");
        Path bad = Files.write(Files.createDirectories(folder).resolve("bad.pdf"), new byte[0]);

        assertThat(sync(archive, Pipeline.standard(), ImportOptions.importing(), folder).failures())
                .singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("empty file (0 bytes)"));
        assertThat(sync(archive, Pipeline.standard(), ImportOptions.importing(), folder).failures()).hasSize(1);

        Files.delete(bad);
        write(folder.resolve("bad.pdf"), "nu är det text");
        Files.move(folder.resolve("bad.pdf"), folder.resolve("bad.txt"));
        assertThat(sync(archive, Pipeline.standard(), ImportOptions.importing(), folder).failures()).isEmpty();
    }

    /** A stage that takes too long on documents whose text says so. */
    private static Pipeline slowOn(String marker) {
        return onText(marker, document -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void aFileThatTimesOutTwiceIsQuarantinedAndTheRestIsImported() throws Exception {
        Path folder = dir.resolve("mapp");
        Path archive = dir.resolve("arkiv");
        write(folder.resolve("fast.txt"), "snabb fil");
        write(folder.resolve("slow.txt"), "HÄNGER sig");
        ImportOptions options = ImportOptions.importing().withThreads(2).withFileTimeout(Duration.ofSeconds(2));

        ImportSummary first = sync(archive, slowOn("HÄNGER"), options, folder);
        assertThat(first.count(FileOutcome.Status.IMPORTED)).isEqualTo(1);
        assertThat(first.failures()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FileOutcome.Status.FAILED);
            assertThat(f.reason()).isEqualTo("timed out after 2 s; it will be tried once more");
        });

        ImportSummary second = sync(archive, slowOn("HÄNGER"), options, folder);
        assertThat(second.failures()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FileOutcome.Status.QUARANTINED));

        ImportSummary third = sync(archive, slowOn("HÄNGER"), options, folder);
        assertThat(third.quarantined()).singleElement().satisfies(r -> assertThat(r.path()).endsWith("slow.txt"));
        assertThat(third.count(FileOutcome.Status.UNCHANGED)).isEqualTo(1);

        ImportSummary retried = sync(archive, Pipeline.standard(), options.withRetryQuarantined(true).withFileTimeout(Duration.ofMinutes(1)), folder);
        assertThat(retried.count(FileOutcome.Status.IMPORTED)).as(retried.outcomes().toString()).isEqualTo(1);
        assertThat(retried.failures()).isEmpty();
    }

    @Test
    void aCrashCountsAgainstTheFilesInHandButAKillDoesNot() throws Exception {
        Path folder = dir.resolve("mapp");
        Path archiveDir = dir.resolve("arkiv");
        Path file = write(folder.resolve("ocr.txt"), "sida");
        Files.createDirectories(archiveDir);
        String journal = "pid 4242\n+" + "\"" + file.toAbsolutePath() + "\"\n";

        // Killed (no crash report for that process): the file is simply imported.
        Files.writeString(archiveDir.resolve(CrashJournal.FILE), journal);
        assertThat(sync(archiveDir, Pipeline.standard(), ImportOptions.importing(), folder).count(FileOutcome.Status.IMPORTED)).isEqualTo(1);

        // Crashed twice while on the same (changed) file: quarantined.
        write(file, "sida två");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        Files.writeString(dir.resolve(String.format(CrashJournal.CRASH_REPORT, 4242)), "SIGSEGV in libtesseract");
        for (int crash = 1; crash <= 2; crash++) {
            Files.writeString(archiveDir.resolve(CrashJournal.FILE), journal);
            try (Archive archive = Archive.openForWriting(archiveDir)) {
                new Importer(Pipeline.standard(), archive, ImportOptions.importing(), dir).run(List.of(), listener);
                SourceRecord record = archive.sourceRecord(file.toAbsolutePath().toString()).orElseThrow();
                assertThat(record.attempts()).isEqualTo(crash);
                assertThat(record.status()).isEqualTo(crash == 1 ? SourceRecord.Status.FAILED : SourceRecord.Status.QUARANTINED);
            }
        }
        ImportSummary after = sync(archiveDir, Pipeline.standard(), ImportOptions.importing(), folder);
        assertThat(after.quarantined()).hasSize(1);
        assertThat(Files.exists(archiveDir.resolve(CrashJournal.FILE))).isFalse();
        // The last good version stays searchable while the new one is quarantined.
        try (Archive read = Archive.openForReading(archiveDir)) {
            assertThat(read.search(SearchRequest.of("sida")).hits()).hasSize(1);
        }
    }

    /** A stage that runs {@code action} when it sees a document whose text holds {@code marker}. */
    private static Pipeline onText(String marker, java.util.function.Consumer<Document> action) {
        Stage stage = new Stage() {
            @Override
            public String name() {
                return "hook";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public Document apply(Document document) {
                if (document.fullText().contains(marker)) {
                    action.accept(document);
                }
                return document;
            }
        };
        return new Pipeline(new Ingestor(), List.of(stage));
    }

    @Test
    void aFileThatDisappearsOrChangesWhileReadIsReportedAndReadNextRun() throws Exception {
        Path folder = dir.resolve("mapp");
        Path archive = dir.resolve("arkiv");
        write(folder.resolve("a.txt"), "FÖRSTA filen");
        write(folder.resolve("b.txt"), "andra filen");
        Path vanishing = write(folder.resolve("c.txt"), "tredje filen");
        Path growing = write(folder.resolve("d.txt"), "VÄXER medan den läses");
        Pipeline pipeline = onText("FÖRSTA", d -> uncheckedDelete(vanishing));
        Pipeline appending = onText("VÄXER", d -> uncheckedAppend(growing));
        ImportOptions oneAtATime = ImportOptions.importing().withThreads(1);

        ImportSummary first = sync(archive, pipeline, oneAtATime, folder.resolve("a.txt"), folder.resolve("b.txt"), vanishing);
        assertThat(first.failures()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("c.txt");
            assertThat(f.reason()).isEqualTo("the file disappeared before it could be read");
        });

        ImportSummary changing = sync(archive, appending, oneAtATime, growing);
        assertThat(changing.failures()).singleElement().satisfies(f ->
                assertThat(f.reason()).isEqualTo("the file changed while it was being read; it will be read again next run"));
        assertThat(sync(archive, Pipeline.standard(), oneAtATime, growing).count(FileOutcome.Status.IMPORTED)).isEqualTo(1);
    }

    private static void uncheckedDelete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void uncheckedAppend(Path file) {
        try {
            Files.writeString(file, " och växer", java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

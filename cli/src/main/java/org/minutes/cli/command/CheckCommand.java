package org.minutes.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.minutes.cli.ExitCodes;
import org.minutes.cli.option.ArchiveOption;
import org.minutes.cli.option.JsonOption;
import org.minutes.cli.render.JsonLines;
import org.minutes.index.Archive;
import org.minutes.index.ArchiveLockedException;
import org.minutes.index.SourceRecord;
import org.minutes.pipeline.ingest.Hashing;
import org.minutes.pipeline.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code minutes check}: verifies the archive against its index and its source files. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verify the archive: the Lucene index passes CheckIndex, every indexed source file still exists",
            "and has the content that was archived, and every document record is there. Prints counts per source kind.",
            "Exit code 1 when a problem is found."})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archiveOption;

    @Mixin
    JsonOption jsonOption;

    @Option(names = "--quick", description = "Compare size and modification time instead of hashing every file.")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        boolean indexHealthy;
        try (Archive archive = Archive.openForReading(archiveOption.dir())) {
            indexHealthy = checkIndex(archive.indexDir(), problems);
            for (SourceRecord record : archive.sourceRecords()) {
                statuses.merge(record.status().label(), 1, Integer::sum);
                if (!record.archived()) {
                    continue;
                }
                Optional<Document> document = archive.get(record.documentId());
                if (document.isEmpty()) {
                    problems.add(record.path() + ": its document " + record.documentId() + " is missing from the archive");
                    continue;
                }
                kinds.merge(document.get().kind().label(), 1, Integer::sum);
                checkSource(record, problems);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("indexHealthy", indexHealthy);
        result.put("sourcesByStatus", statuses);
        result.put("indexedSourcesByKind", kinds);
        result.put("problems", problems);
        if (jsonOption.enabled()) {
            JsonLines.write(out, result);
        } else {
            out.println("index:    " + (indexHealthy ? "ok (CheckIndex passed)" : "DAMAGED"));
            out.println("sources:  " + statuses);
            out.println("by kind:  " + kinds);
            problems.forEach(p -> out.println("problem:  " + p));
            out.println(problems.isEmpty() ? "archive ok" : problems.size() + " problem(s)");
        }
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.NONE_OR_SOME_FAILED;
    }

    private static boolean checkIndex(Path indexDir, List<String> problems) throws Exception {
        try (Directory directory = FSDirectory.open(indexDir); CheckIndex checker = new CheckIndex(directory)) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = checker.checkIndex();
            if (!status.clean) {
                problems.add("the Lucene index is damaged: " + status.totLoseDocCount + " documents would be lost by repair");
            }
            return status.clean;
        } catch (LockObtainFailedException e) {
            throw new ArchiveLockedException("the archive is being written by an import or sync; check it when that has finished", e);
        }
    }

    private void checkSource(SourceRecord record, List<String> problems) {
        Path path = Path.of(record.path());
        try {
            if (!Files.isRegularFile(path)) {
                problems.add(record.path() + ": the source file is gone");
            } else if (quick ? !record.sameStamp(Files.size(path), Files.getLastModifiedTime(path).toMillis())
                    : !Hashing.sha256(path).equals(record.sha256())) {
                problems.add(record.path() + ": the source file changed since it was archived (run sync)");
            }
        } catch (java.io.IOException e) {
            problems.add(record.path() + ": cannot read the source file: " + e.getMessage());
        }
    }
}

package org.minutes.pipeline.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.minutes.pipeline.outcome.FileOutcome;

/**
 * Finds the files to import under the paths a user gave: files named directly are always taken; folders are
 * walked recursively (following links, with loops detected) for files with a {@linkplain Ingestor#KNOWN_EXTENSIONS
 * known ending}, skipping hidden files and folders.
 */
public final class SourceFiles {

    /**
     * What a walk found.
     *
     * @param files the files to import, each once, in a stable order
     * @param problems paths that could not be walked, as failed outcomes
     */
    public record Found(List<Path> files, List<FileOutcome> problems) {
    }

    private SourceFiles() {
    }

    public static Found collect(List<Path> roots) {
        Set<Path> files = new LinkedHashSet<>();
        List<FileOutcome> problems = new ArrayList<>();
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                walk(absolute, files, problems);
            } else if (Files.exists(absolute)) {
                files.add(absolute);
            } else {
                problems.add(FileOutcome.failed(root.toString(), "no such file or folder"));
            }
        }
        return new Found(List.copyOf(files), problems);
    }

    private static void walk(Path root, Set<Path> files, List<FileOutcome> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && Ingestor.hasKnownExtension(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String reason = e instanceof FileSystemLoopException ? "folder link loop: skipped" : "cannot read: " + Ingestor.describe(e);
                    problems.add(FileOutcome.failed(file.toString(), reason));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(FileOutcome.failed(root.toString(), "cannot walk folder: " + Ingestor.describe(e)));
        }
        found.sort(null);
        files.addAll(found);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}

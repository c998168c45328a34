package org.minutes.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Json;

/**
 * The archived documents as JSON files, one per document ({@code documents/ab/abcd….json}): the full record with
 * every text layer, which the index only points into.
 *
 * <p>Writes go to a temporary file that is then moved into place, so a crash never leaves half a record.
 */
final class DocumentStore {

    private final Path root;

    DocumentStore(Path root) {
        this.root = root;
    }

    void put(Document document) throws IOException {
        Path target = pathOf(document.id());
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), document.id(), ".tmp");
        try {
            Json.mapper().writeValue(temp.toFile(), document);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    Optional<Document> get(String id) throws IOException {
        Path path = pathOf(id);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return Optional.of(Json.mapper().readValue(path.toFile(), Document.class));
    }

    void delete(String id) throws IOException {
        Files.deleteIfExists(pathOf(id));
    }

    /** Ids of the stored documents that start with {@code prefix}. */
    List<String> idsStartingWith(String prefix) throws IOException {
        List<String> ids = new ArrayList<>();
        if (prefix.length() < 2 || !Files.isDirectory(root.resolve(prefix.substring(0, 2)))) {
            return ids;
        }
        try (Stream<Path> files = Files.list(root.resolve(prefix.substring(0, 2)))) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && name.startsWith(prefix))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .forEach(ids::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return ids;
    }

    private Path pathOf(String id) {
        if (!id.matches("[0-9a-f]{4,64}")) {
            throw new IllegalArgumentException("not a document id: '" + id + "'");
        }
        return root.resolve(id.substring(0, 2)).resolve(id + ".json");
    }
}

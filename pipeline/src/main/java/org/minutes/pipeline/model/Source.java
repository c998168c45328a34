package org.minutes.pipeline.model;

import java.util.Objects;

/**
 * A file a document was read from.
 *
 * @param path the path as given or found during import, normalized to an absolute path
 * @param sha256 hex SHA-256 of the file's bytes
 * @param size size in bytes
 * @param modifiedMillis the file's last-modified time in milliseconds since the epoch
 */
public record Source(String path, String sha256, long size, long modifiedMillis) {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}

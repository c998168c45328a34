package org.minutes.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of files: the basis of document identity. */
public final class Hashing {

    /** Length of a document id: 16 hex digits, 64 bits of the SHA-256, enough for any archive's size. */
    public static final int ID_LENGTH = 16;

    private Hashing() {
    }

    /** Hex SHA-256 of the file's bytes, read as a stream so file size does not matter. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The document id for a content hash. */
    public static String idOf(String sha256) {
        return sha256.substring(0, ID_LENGTH);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}

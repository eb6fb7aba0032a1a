package io.ignis.runtime.code;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One piece of shipped code: a jar, named by the SHA-256 of its bytes (so a node that cached it
 * for one job knows it for the next, whatever the file was called), with its size and the name of
 * the file it came from, for messages.
 */
public record CodePiece(String sha256, long size, String name) implements Serializable {
    public CodePiece {
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(name, "name is null");
    }

    /** The piece of a jar file. */
    public static CodePiece of(Path jar, String name) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = Files.newInputStream(jar)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new CodePiece(HexFormat.of().formatHex(digest.digest()), size, name);
    }

    /** True if {@code bytes} are this piece's. */
    public boolean matches(byte[] bytes) {
        return bytes.length == size && HexFormat.of().formatHex(newDigest().digest(bytes)).equals(sha256);
    }

    /** "app.jar (3f2a9c01)", for messages. */
    public String describe() {
        return name + " (" + sha256.substring(0, 8) + ")";
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

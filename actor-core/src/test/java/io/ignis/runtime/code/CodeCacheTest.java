package io.ignis.runtime.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node's cache of shipped jars: stored by hash only when the bytes match it, bounded by evicting the least recently used unused ones. */
class CodeCacheTest {
    @TempDir
    Path dir;

    static CodePiece piece(Path dir, String name, int size, int seed) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * seed);
        }
        Path file = Files.write(dir.resolve(name), bytes);
        return CodePiece.of(file, name);
    }

    @Test
    void storesOnlyBytesThatMatchTheHash() throws IOException {
        Path source = Files.createDirectories(dir.resolve("source"));
        CodePiece piece = piece(source, "a.jar", 1000, 3);
        CodeCache cache = new CodeCache(dir.resolve("cache"), CodeCache.DEFAULT_MAX_BYTES);
        assertNull(cache.find(piece));
        byte[] wrong = Files.readAllBytes(source.resolve("a.jar"));
        wrong[10]++;
        assertThrows(IOException.class, () -> cache.store(piece, wrong, Set.of()));
        assertNull(cache.find(piece));
        cache.store(piece, Files.readAllBytes(source.resolve("a.jar")), Set.of());
        assertEquals(piece.size(), Files.size(cache.find(piece)));
    }

    @Test
    void evictsTheLeastRecentlyUsedPiecesNoJobUses() throws IOException {
        Path source = Files.createDirectories(dir.resolve("source"));
        CodePiece old = piece(source, "old.jar", 400, 1);
        CodePiece inUse = piece(source, "used.jar", 400, 2);
        CodePiece fresh = piece(source, "fresh.jar", 400, 3);
        CodeCache cache = new CodeCache(dir.resolve("cache"), 1000);
        cache.store(old, Files.readAllBytes(source.resolve("old.jar")), Set.of());
        cache.store(inUse, Files.readAllBytes(source.resolve("used.jar")), Set.of());
        Files.setLastModifiedTime(cache.find(inUse), FileTime.fromMillis(0)); // used longest ago, but in use
        cache.store(fresh, Files.readAllBytes(source.resolve("fresh.jar")), Set.of(inUse.sha256()));
        assertNull(cache.find(old));
        assertNotNull(cache.find(inUse));
        assertNotNull(cache.find(fresh));
    }
}

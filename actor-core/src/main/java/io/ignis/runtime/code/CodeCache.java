package io.ignis.runtime.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's jars of shipped code, one file per {@link CodePiece} named by its hash, so a piece
 * fetched for one job serves every later job that ships the same bytes (and a node restarted on
 * the same work directory keeps them). Bounded: past {@code maxBytes}, the pieces used longest
 * ago that no live job uses are deleted (a file's modification time is its last use).
 */
public final class CodeCache {
    private static final Logger LOG = LoggerFactory.getLogger(CodeCache.class);
    /** The default bound: jobs ship application jars, typically some MB each; a GiB keeps many jobs' worth. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    private final Path dir;
    private final long maxBytes;

    public CodeCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** The cached jar of {@code piece}, or null; a hit counts as a use. */
    public Path find(CodePiece piece) {
        Path file = fileOf(piece);
        try {
            if (Files.size(file) != piece.size()) {
                return null;
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return file;
        } catch (IOException e) {
            return null; // not cached (or just evicted)
        }
    }

    /**
     * Stores {@code bytes} as {@code piece} once they match its hash, then evicts down to the bound,
     * sparing the pieces in {@code inUse} (hashes).
     */
    public Path store(CodePiece piece, byte[] bytes, Set<String> inUse) throws IOException {
        if (!piece.matches(bytes)) {
            throw new IOException("the bytes received for code piece " + piece.describe() + " do not match its SHA-256"
                    + " (did the file change on the node that serves it?)");
        }
        Files.createDirectories(dir);
        Path file = fileOf(piece);
        Path partial = Files.createTempFile(dir, piece.sha256(), ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        evict(inUse, piece.sha256());
        return file;
    }

    private void evict(Set<String> inUse, String justStored) {
        List<Path> jars = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".jar")) {
                    jars.add(file);
                    total += Files.size(file);
                }
            }
        } catch (IOException e) {
            LOG.debug("could not list the code cache {}", dir, e);
            return;
        }
        if (total <= maxBytes) {
            return;
        }
        jars.sort(Comparator.comparing(CodeCache::lastUse));
        for (Path jar : jars) {
            String sha = jar.getFileName().toString().replace(".jar", "");
            if (total <= maxBytes) {
                return;
            }
            if (inUse.contains(sha) || sha.equals(justStored)) {
                continue;
            }
            try {
                long size = Files.size(jar);
                Files.delete(jar);
                total -= size;
            } catch (IOException e) {
                LOG.debug("could not evict {}", jar, e);
            }
        }
    }

    private static FileTime lastUse(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Path fileOf(CodePiece piece) {
        return dir.resolve(piece.sha256() + ".jar");
    }
}

package io.ignis.benchmarks.spark;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the workloads' input files for a {@link DataSize}, the same bytes every time (fixed seeds),
 * into {@code <root>/<size>-<digest of its numbers>-v<version>}; a folder already complete (it has its marker file) is
 * reused, so reruns do not pay for generation. The file layout is what the workloads in
 * {@code benchmarks/spark-api/workloads} read.
 */
public final class DataGenerator {
    /** Bump when the files' content changes, so that stale folders are not reused. */
    static final int VERSION = 1;
    private static final String MARKER = "complete";
    private static final int BUFFER = 1 << 20;

    private DataGenerator() {}

    /** The folder of {@code size}'s files under {@code root}, generated first if it is not complete. */
    public static Path ensure(Path root, DataSize size) throws IOException {
        requireNonNull(root, "root is null");
        requireNonNull(size, "size is null");
        Path folder = root.resolve(size.folderName() + "-v" + VERSION);
        if (Files.exists(folder.resolve(MARKER))) {
            return folder;
        }
        Files.createDirectories(folder);
        words(folder.resolve("words.txt"), size.wordBytes, 1);
        pairs(folder.resolve("reduce_by_key.bin"), size.reducePairs, size.reduceKeys, false, 2);
        pairs(folder.resolve("group_by_key.bin"), size.groupPairs, size.groupKeys, false, 3);
        sortRecords(folder.resolve("sort_by_key.bin"), size.sortRecords, 4);
        pairs(folder.resolve("join-large.bin"), size.joinLargePairs, size.joinSmallPairs, false, 5);
        pairs(folder.resolve("join-small.bin"), size.joinSmallPairs, size.joinSmallPairs, true, 6);
        edges(folder.resolve("pagerank.txt"), size.pagerankEdges, Math.max(1, size.pagerankEdges / 10), 7);
        bytes(folder.resolve("broadcast.bin"), size.broadcastBytes, 8);
        Files.writeString(folder.resolve(MARKER), size.id() + " v" + VERSION + "\n");
        return folder;
    }

    /** Lines of 12 words drawn (skewed towards the first) from a vocabulary of random lower-case words. */
    static void words(Path file, long bytes, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] vocabulary = new String[(int) Math.max(100, Math.min(50_000, bytes / 100))];
        for (int i = 0; i < vocabulary.length; i++) {
            char[] word = new char[2 + random.nextInt(9)];
            for (int j = 0; j < word.length; j++) {
                word[j] = (char) ('a' + random.nextInt(26));
            }
            vocabulary[i] = new String(word);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            long written = 0;
            StringBuilder line = new StringBuilder();
            while (written < bytes) {
                line.setLength(0);
                for (int i = 0; i < 12; i++) {
                    double u = random.nextDouble();
                    line.append(i == 0 ? "" : " ").append(vocabulary[(int) (vocabulary.length * u * u)]);
                }
                byte[] encoded = line.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
                out.write(encoded);
                written += encoded.length;
            }
        }
    }

    /** {@code count} records of a big-endian int key and int value: keys 0, 1, ... in order if {@code distinct}, else uniform below {@code keys}. */
    static void pairs(Path file, int count, int keys, boolean distinct, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER))) {
            for (int i = 0; i < count; i++) {
                out.writeInt(distinct ? i : random.nextInt(keys));
                out.writeInt(random.nextInt(1_000));
            }
        }
    }

    /** TeraSort's record layout: 100 printable bytes each, the first 10 the key. */
    static void sortRecords(Path file, int count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] record = new byte[100];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < record.length; j += 8) {
                    long bits = random.nextLong();
                    for (int k = j; k < Math.min(j + 8, record.length); k++) {
                        record[k] = (byte) (' ' + Math.floorMod(bits, 95));
                        bits >>>= 8;
                    }
                }
                out.write(record);
            }
        }
    }

    /** "src dst" lines: sources uniform over the pages, destinations skewed towards the first pages. */
    static void edges(Path file, int count, int pages, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            for (int i = 0; i < count; i++) {
                double u = random.nextDouble();
                String line = random.nextInt(pages) + " " + (int) (pages * u * u) + "\n";
                out.write(line.getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    static void bytes(Path file, int count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] content = new byte[count];
        for (int i = 0; i < count; i += 8) {
            long bits = random.nextLong();
            for (int k = i; k < Math.min(i + 8, count); k++) {
                content[k] = (byte) bits;
                bits >>>= 8;
            }
        }
        Files.write(file, content);
    }
}

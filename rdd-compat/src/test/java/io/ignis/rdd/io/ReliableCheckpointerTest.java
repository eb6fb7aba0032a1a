package io.ignis.rdd.io;

import static io.ignis.rdd.io.IoTesting.collect;
import static io.ignis.rdd.io.IoTesting.map;
import static io.ignis.rdd.io.IoTesting.partitions;
import static io.ignis.rdd.io.IoTesting.visibleNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.rdd.JobFailedException;
import io.ignis.rdd.Persistence;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.ops.ParallelCollectionRdd;
import io.ignis.rdd.ops.ShuffledRdd;
import io.ignis.shuffle.Aggregator;
import io.ignis.shuffle.HashPartitioner;
import io.ignis.shuffle.Shuffle;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/** Reliable checkpoints on a real two-node runtime, written to a local folder through Hadoop. */
class ReliableCheckpointerTest {
    /** How often the lineage's function ran (tasks run in this JVM). */
    static final AtomicInteger COMPUTED = new AtomicInteger();

    private static RddContext context;
    private static ReliableCheckpointer checkpointer;
    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        context = IoTesting.newContext();
        checkpointer = new ReliableCheckpointer(new Configuration(), folder.toString());
        context.setCheckpointer(checkpointer);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @BeforeEach
    void resetCount() {
        COMPUTED.set(0);
    }

    private static Rdd<Integer> counted(int count, int partitions) {
        return map(new ParallelCollectionRdd<>(context, IntStream.range(0, count).boxed().toList(), partitions), x -> {
            COMPUTED.incrementAndGet();
            return x * 3;
        });
    }

    private static Path localPath(String hadoopPath) {
        return Path.of(URI.create(hadoopPath));
    }

    @Test
    void checkpointDirectoryIsAFreshUuidFolder() {
        Path directory = localPath(checkpointer.directory());
        assertEquals(folder, directory.getParent());
        assertEquals(directory.getFileName().toString(), UUID.fromString(directory.getFileName().toString()).toString());
        assertTrue(Files.isDirectory(directory));
    }

    @Test
    void afterTheActionTheRddReadsItsFilesNotItsLineage() throws IOException {
        Rdd<Integer> tripled = counted(100, 4);
        tripled.requestCheckpoint();
        List<List<Integer>> first = partitions(context, tripled);
        // As in Spark: the checkpoint is a second job over the (unpersisted) RDD after the action's own.
        assertEquals(200, COMPUTED.get());
        assertTrue(tripled.isCheckpointed());
        assertFalse(tripled.checkpointRequested());

        Path saved = localPath(checkpointer.checkpointPath(tripled));
        assertEquals("rdd-" + tripled.id(), saved.getFileName().toString());
        assertEquals(new TreeSet<>(Set.of("part-00000", "part-00001", "part-00002", "part-00003")), visibleNames(saved));

        COMPUTED.set(0);
        assertEquals(first, partitions(context, tripled));
        assertEquals(IntStream.range(0, 100).map(x -> x * 3).boxed().toList(), collect(context, map(tripled, x -> x)));
        assertEquals(0, COMPUTED.get(), "the lineage's function is not called again");
        assertEquals(4, tripled.partitionCount());
        CheckpointRdd<?> checkpoint = assertInstanceOf(CheckpointRdd.class, tripled.checkpointRdd());
        assertEquals(4, checkpoint.partitionCount());
        assertSame(checkpoint, tripled.dependencies().get(0).rdd(), "the lineage is replaced by the checkpoint");
    }

    @Test
    void aPersistedRddIsNotComputedAgainForItsCheckpoint() {
        Rdd<Integer> tripled = counted(60, 3);
        tripled.persist(new Persistence(false, true, false, true, 1));
        tripled.requestCheckpoint();
        List<Integer> values = collect(context, tripled);
        assertEquals(60, COMPUTED.get());
        tripled.unpersist();
        assertEquals(values, collect(context, tripled));
        assertEquals(60, COMPUTED.get());
    }

    @Test
    void keyedRddKeepsItsPartitioner() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("w" + (i % 23));
        }
        Rdd<Tuple2<String, Integer>> pairs = map(new ParallelCollectionRdd<>(context, words, 4), word -> new Tuple2<>(word, 1));
        Aggregator<Integer, Integer> sum = new Aggregator<>(v -> v, Integer::sum, Integer::sum);
        ShuffledRdd<String, Integer, Integer> counts = new ShuffledRdd<>(pairs,
                new Shuffle.Spec<String, Integer, Integer>(new HashPartitioner<>(3), sum, true, null));
        counts.requestCheckpoint();
        List<List<Tuple2<String, Integer>>> first = partitions(context, counts);
        assertTrue(counts.isCheckpointed());
        assertSame(counts.partitioner(), counts.checkpointRdd().partitioner());
        assertEquals(first, partitions(context, counts));
        assertEquals(500, first.stream().flatMap(List::stream).mapToInt(Tuple2::_2).sum());
    }

    @Test
    void aFileCutShortFailsInsteadOfReadingLess() throws IOException {
        Rdd<Integer> tripled = counted(40, 2);
        tripled.requestCheckpoint();
        collect(context, tripled);
        Path saved = localPath(checkpointer.checkpointPath(tripled));
        // Drop the checksum file (else Hadoop's own check fails first) and the end marker's bytes.
        Files.delete(saved.resolve(".part-00001.crc"));
        try (RandomAccessFile file = new RandomAccessFile(saved.resolve("part-00001").toFile(), "rw")) {
            file.setLength(file.length() - 3);
        }
        JobFailedException failure = assertThrows(JobFailedException.class, () -> collect(context, tripled));
        assertInstanceOf(IOException.class, failure.getCause());
        assertTrue(failure.getCause().getMessage().contains("part-00001 is incomplete"), failure.getCause().getMessage());
    }
}

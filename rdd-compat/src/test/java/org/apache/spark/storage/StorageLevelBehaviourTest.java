package org.apache.spark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.runtime.node.Node;
import io.ignis.runtime.node.RuntimeImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each storage level does with partitions that do not all fit the store (a 32 MB budget, four
 * partitions of about 12 MB): memory-and-disk spills and never recomputes, memory-only drops and
 * recomputes, disk-only writes to disk at once and keeps nothing in memory. The answers are the same.
 */
class StorageLevelBehaviourTest {
    /** Partition computations, counted in the JVM the embedded node shares with this test. */
    private static final AtomicInteger COMPUTED = new AtomicInteger();

    private JavaSparkContext sc;
    private Node node;

    @BeforeEach
    void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("levels")
                .set("spark.ignis.objectStore.size", "32m"));
        node = ((RuntimeImpl) sc.sc().ignis().runtime()).ownedNodes().get(0);
        COMPUTED.set(0);
    }

    @AfterEach
    void stop() {
        sc.stop();
    }

    /** Four partitions of 3,000 arrays of 4 KB each: about 12 MB apiece in memory. */
    private JavaRDD<long[]> blocks(StorageLevel level) {
        List<Integer> seeds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seeds.add(i);
        }
        return sc.parallelize(seeds, 4).flatMap(seed -> {
            COMPUTED.incrementAndGet();
            List<long[]> rows = new ArrayList<>();
            for (int r = 0; r < 3000; r++) {
                long[] row = new long[500];
                java.util.Arrays.fill(row, seed * 10_000L + r);
                rows.add(row);
            }
            return rows.iterator();
        }).persist(level);
    }

    private static long sum(JavaRDD<long[]> rdd) {
        return rdd.map(row -> row[0] + row[499]).reduce(Long::sum);
    }

    private static final long EXPECTED = expected();

    private static long expected() {
        long total = 0;
        for (int seed = 0; seed < 4; seed++) {
            for (int r = 0; r < 3000; r++) {
                total += 2 * (seed * 10_000L + r);
            }
        }
        return total;
    }

    @Test
    void memoryAndDiskSpillsAndNeverRecomputes() {
        JavaRDD<long[]> rdd = blocks(StorageLevel.MEMORY_AND_DISK());
        for (int action = 0; action < 3; action++) {
            assertEquals(EXPECTED, sum(rdd));
        }
        assertEquals(4, COMPUTED.get(), "each partition computed once");
        Map<String, Long> stats = node.stats();
        assertTrue(stats.get("spillFiles") >= 1, "what did not fit went to disk: " + stats);
        assertEquals(0, stats.get("droppedValues"));
    }

    @Test
    void memoryOnlyDropsAndRecomputes() {
        JavaRDD<long[]> rdd = blocks(StorageLevel.MEMORY_ONLY());
        for (int action = 0; action < 3; action++) {
            assertEquals(EXPECTED, sum(rdd));
        }
        Map<String, Long> stats = node.stats();
        assertTrue(COMPUTED.get() > 4, "dropped partitions were computed again: " + COMPUTED.get());
        assertTrue(stats.get("droppedValues") >= 1, stats.toString());
        assertEquals(0, stats.get("spillFiles"), "nothing memory-only goes to disk");
    }

    @Test
    void diskOnlyWritesAtOnceAndKeepsNothingInMemory() {
        JavaRDD<long[]> rdd = blocks(StorageLevel.DISK_ONLY());
        for (int action = 0; action < 3; action++) {
            assertEquals(EXPECTED, sum(rdd));
        }
        assertEquals(4, COMPUTED.get(), "each partition computed once");
        Map<String, Long> stats = node.stats();
        assertEquals(4, stats.get("spillFiles"), "every partition is on disk: " + stats);
        assertTrue(stats.get("storeBytes") < 1 << 20, "none of it stays in memory: " + stats);
        assertTrue(stats.get("restoredBytes") >= 3 * stats.get("spilledBytes"), "each action read it from disk: " + stats);
    }
}

package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.IgnisConfig;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.api.ObjectStorage;
import io.ignis.runtime.RuntimeFactoryImpl;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where task results live: memory-only results are dropped, not spilled, past the budget and
 * made again by their task when read (not counted as retries); disk-only results go to disk at
 * once and are read from there each time.
 */
class ObjectStorageTest {
    private static final int MB = 1 << 20;
    private static final Map<Integer, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    @TempDir
    Path work;

    static byte[] made(int seed) {
        RUNS.computeIfAbsent(seed, s -> new AtomicInteger()).incrementAndGet();
        byte[] bytes = new byte[24 * MB];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] small(int seed) {
        RUNS.computeIfAbsent(seed, s -> new AtomicInteger()).incrementAndGet();
        byte[] bytes = new byte[8 * MB];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] tiny() {
        return new byte[] {1, 2, 3};
    }

    private static byte[] expected(int seed, int size) {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    private static int runs(int seed) {
        return RUNS.getOrDefault(seed, new AtomicInteger()).get();
    }

    private RuntimeImpl start(long budget, int nodes) {
        return (RuntimeImpl) new RuntimeFactoryImpl().create(IgnisConfig.builder().localNodes(nodes).workDir(work)
                .objectStoreBytes(budget).resources(Map.of("CPU", 2.0)).build());
    }

    @Test
    void memoryOnlyResultsAreDroppedAndMadeAgainWithoutUsingRetries() {
        try (RuntimeImpl ignis = start(32L * MB, 1)) {
            Node node = ignis.ownedNodes().get(0);
            ObjectRef<byte[]> first = ignis.task(ObjectStorageTest::made, 101).storage(ObjectStorage.MEMORY_ONLY).maxRetries(0).remote();
            ignis.wait(List.of(first), 1, null);
            ObjectRef<byte[]> second = ignis.task(ObjectStorageTest::made, 102).storage(ObjectStorage.MEMORY_ONLY).maxRetries(0).remote();
            ignis.wait(List.of(second), 1, null);
            assertEquals(1, node.stats().get("droppedValues"), "the first result made room for the second");
            assertEquals(0, node.stats().get("spillFiles"), "nothing memory-only is written to disk");
            // Each read makes the other one go: five rounds re-run both tasks though they have no retries.
            for (int round = 0; round < 5; round++) {
                assertArrayEquals(expected(101, 24 * MB), ignis.get(first), "round " + round);
                assertArrayEquals(expected(102, 24 * MB), ignis.get(second), "round " + round);
            }
            assertTrue(runs(101) >= 5 && runs(102) >= 5, "re-run " + runs(101) + " and " + runs(102) + " times");
            assertEquals(0, node.stats().get("spillFiles"));
            assertTrue(node.stats().get("storePeakBytes") <= 32L * MB);
        }
    }

    @Test
    void diskOnlyResultsGoToDiskAtOnceAndAreReadFromThere() {
        try (RuntimeImpl ignis = start(64L * MB, 1)) {
            Node node = ignis.ownedNodes().get(0);
            ObjectRef<byte[]> tiny = ignis.task(ObjectStorageTest::tiny).storage(ObjectStorage.DISK_ONLY).remote();
            ObjectRef<byte[]> result = ignis.task(ObjectStorageTest::small, 201).storage(ObjectStorage.DISK_ONLY).remote();
            ignis.wait(List.of(result, tiny), 2, null);
            assertEquals(1, node.stats().get("spillFiles"), "the tiny result stays in memory");
            assertTrue(node.stats().get("storeBytes") < MB, "nothing of it stays in memory: " + node.stats().get("storeBytes"));
            for (int read = 1; read <= 3; read++) {
                assertArrayEquals(expected(201, 8 * MB), ignis.get(result));
                assertTrue(node.stats().get("storeBytes") < MB, "read " + read + " leaves nothing in memory");
                assertEquals(read * 8L * MB, node.stats().get("restoredBytes"), "each read comes from disk");
            }
            assertEquals(1, runs(201), "read from disk, never made again");
            assertArrayEquals(new byte[] {1, 2, 3}, ignis.get(tiny));
            ignis.free(List.of(result));
            assertEquals(0, node.stats().get("spillFiles"));
        }
    }

    /** A result held on another node and dropped there: the owner, fetching it, has its task run again. */
    @Test
    void aDroppedResultOnAnotherNodeIsMadeAgainByItsOwner() {
        try (RuntimeImpl ignis = start(32L * MB, 2)) {
            Node holder = ignis.ownedNodes().get(1);
            NodeAffinity there = NodeAffinity.hard(holder.id().toString());
            ObjectRef<byte[]> first = ignis.task(ObjectStorageTest::made, 301).storage(ObjectStorage.MEMORY_ONLY)
                    .nodeAffinity(there).remote();
            ignis.wait(List.of(first), 1, null);
            ObjectRef<byte[]> second = ignis.task(ObjectStorageTest::made, 302).storage(ObjectStorage.MEMORY_ONLY)
                    .nodeAffinity(there).remote();
            ignis.wait(List.of(second), 1, null);
            assertEquals(1, holder.stats().get("droppedValues"));
            assertArrayEquals(expected(301, 24 * MB), ignis.get(first));
            assertEquals(2, runs(301), "made again once");
            assertArrayEquals(expected(302, 24 * MB), ignis.get(second));
        }
    }
}

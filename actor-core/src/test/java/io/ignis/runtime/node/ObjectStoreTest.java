package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.IgnisConfig;
import io.ignis.api.NodeAffinity;
import io.ignis.api.ObjectRef;
import io.ignis.api.exception.ObjectLostException;
import io.ignis.runtime.RuntimeFactoryImpl;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The object store's byte budget: values past it go to disk and come back intact, dropped ones
 * leave no file behind, and a corrupt spill file makes its object lost (rebuilt from its task, or
 * failed if it has none), never wrong data.
 */
class ObjectStoreTest {
    private static final int MB = 1 << 20;

    @TempDir
    Path work;

    private RuntimeImpl start(long budget, int nodes) {
        return (RuntimeImpl) new RuntimeFactoryImpl().create(IgnisConfig.builder().localNodes(nodes).workDir(work)
                .objectStoreBytes(budget).resources(Map.of("CPU", 2.0)).build());
    }

    private static byte[] stamped(int size, long stamp) {
        byte[] bytes = new byte[size];
        for (int at = 0; at + 8 <= size; at += size / 8) {
            for (int b = 0; b < 8; b++) {
                bytes[at + b] = (byte) (stamp >>> (8 * b));
            }
        }
        return bytes;
    }

    private static void assertStamped(byte[] bytes, long stamp) {
        int step = bytes.length / 8;
        byte[] zeros = new byte[step];
        for (int at = 0; at < bytes.length; at += step) {
            for (int b = 0; b < 8; b++) {
                assertEquals((byte) (stamp >>> (8 * b)), bytes[at + b], "object " + stamp + " at " + (at + b));
            }
            int end = Math.min(bytes.length, at + step);
            assertTrue(java.util.Arrays.equals(bytes, at + 8, end, zeros, 0, end - at - 8), "object " + stamp + " near " + at);
        }
    }

    private static List<Path> spillFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".lz4")).toList();
        }
    }

    /**
     * The loop: 1,000 objects of 64 MB put, read and dropped, three alive at a time against
     * a 160 MB budget, so every put spills the oldest; every tenth round reads the oldest back from
     * disk before dropping it. Half are freed, half dropped to the GC. The store never counts more
     * than its budget, and no spill file is left.
     */
    @Test
    void putGetDropLoopStaysWithinBudgetAndLeavesNoFiles() throws Exception {
        long budget = 160L * MB;
        try (RuntimeImpl ignis = start(budget, 1)) {
            Node node = ignis.ownedNodes().get(0);
            Deque<ObjectRef<byte[]>> alive = new ArrayDeque<>();
            long maxDisk = 0;
            long started = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                ObjectRef<byte[]> ref = ignis.put(stamped(64 * MB, i));
                alive.addLast(ref);
                assertEquals((byte) i, ignis.get(ref)[0]);
                if (alive.size() == 3) {
                    ObjectRef<byte[]> oldest = alive.removeFirst();
                    if (i % 10 == 0) {
                        assertStamped(ignis.get(oldest), i - 2);
                    }
                    if (i % 2 == 0) {
                        ignis.free(List.of(oldest));
                    }
                }
                maxDisk = Math.max(maxDisk, node.stats().get("spillDiskBytes"));
            }
            alive.clear();
            Map<String, Long> stats = node.stats();
            System.out.printf("1000 x 64 MB put/get/drop in %.1f s: budget %d MB, peak in store %d MB, most on disk %d MB,"
                            + " spilled %d MB in %.0f ms (%.0f MB/s), restored %d MB in %.0f ms (%.0f MB/s)%n",
                    (System.nanoTime() - started) / 1e9, budget / MB, stats.get("storePeakBytes") / MB, maxDisk / MB,
                    stats.get("spilledBytes") / MB, stats.get("spillNanos") / 1e6,
                    stats.get("spilledBytes") / 1e6 / (stats.get("spillNanos") / 1e9),
                    stats.get("restoredBytes") / MB, stats.get("restoreNanos") / 1e6,
                    stats.get("restoredBytes") / 1e6 / (stats.get("restoreNanos") / 1e9));
            assertTrue(stats.get("storePeakBytes") <= budget, "peak " + stats.get("storePeakBytes") + " over the budget");
            assertTrue(stats.get("spilledBytes") >= 900L * 64 * MB, "the loop should have spilled, it spilled "
                    + stats.get("spilledBytes"));
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (node.stats().get("spillFiles") > 0 && System.nanoTime() < deadline) {
                System.gc(); // the refs dropped without free() go with the GC
                Thread.sleep(50);
            }
            assertEquals(0, node.stats().get("spillFiles"));
            assertEquals(List.of(), spillFiles(work));
        }
    }

    record Point(long id, String name, double[] coordinates) {}

    /** Four times the budget of live objects, random bytes and object graphs: all spill and read back equal. */
    @Test
    void fourTimesTheBudgetSpillsAndReadsBackIntact() throws Exception {
        long budget = 64L * MB;
        try (RuntimeImpl ignis = start(budget, 1)) {
            Node node = ignis.ownedNodes().get(0);
            List<byte[]> expected = new ArrayList<>();
            List<ObjectRef<byte[]>> refs = new ArrayList<>();
            for (int i = 0; i < 16; i++) { // 16 x 16 MB = 256 MB
                byte[] bytes = new byte[16 * MB];
                new SplittableRandom(i).nextBytes(bytes);
                expected.add(bytes.clone());
                refs.add(ignis.put(bytes));
            }
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < 200_000; i++) {
                points.add(new Point(i, "p" + i, new double[] {i, -i, i * 0.5}));
            }
            ObjectRef<List<Point>> graph = ignis.put(points);
            assertTrue(node.stats().get("spillFiles") >= 12, "spill files: " + node.stats().get("spillFiles"));
            assertTrue(node.stats().get("storePeakBytes") <= budget);
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < refs.size(); i++) {
                    assertArrayEquals(expected.get(i), ignis.get(refs.get(i)), "object " + i + " round " + round);
                }
                List<Point> back = ignis.get(graph);
                assertEquals(points.size(), back.size());
                for (int i = 0; i < points.size(); i += 997) {
                    assertEquals(points.get(i).name(), back.get(i).name());
                    assertArrayEquals(points.get(i).coordinates(), back.get(i).coordinates());
                }
            }
            assertTrue(node.stats().get("storePeakBytes") <= budget);
            Map<String, Long> stats = node.stats();
            System.out.printf("random bytes and an object graph, 4x the budget: %d MB on disk; spilled %d MB at %.0f MB/s,"
                            + " restored %d MB at %.0f MB/s%n", stats.get("spillDiskBytes") / MB,
                    stats.get("spilledBytes") / MB, stats.get("spilledBytes") / 1e6 / (stats.get("spillNanos") / 1e9),
                    stats.get("restoredBytes") / MB, stats.get("restoredBytes") / 1e6 / (stats.get("restoreNanos") / 1e9));
            ignis.free(new ArrayList<>(refs));
            ignis.free(List.of(graph));
            assertEquals(0, node.stats().get("spillFiles"));
        }
    }

    static final AtomicInteger RUNS = new AtomicInteger();

    static byte[] made(int seed) {
        RUNS.incrementAndGet();
        byte[] bytes = new byte[24 * MB];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    private static void corrupt(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long at = raf.length() / 2;
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0x5a);
        }
    }

    /** A corrupt spill file of a task's result: detected, and the task runs again; of a put: lost, saying why. */
    @Test
    void corruptSpillFileIsALostObject() throws Exception {
        try (RuntimeImpl ignis = start(32L * MB, 1)) {
            RUNS.set(0);
            ObjectRef<byte[]> result = ignis.task(ObjectStoreTest::made, 7).remote();
            byte[] first = ignis.get(result);
            ObjectRef<byte[]> put = ignis.put(made(8)); // pushes the result out to disk
            List<Path> files = spillFiles(work);
            assertEquals(1, files.size(), "the task's result is spilled");
            corrupt(files.get(0));
            assertArrayEquals(first, ignis.get(result));
            assertEquals(3, RUNS.get(), "the task ran again");

            ignis.free(List.of(result)); // its file goes
            ignis.put(made(9)); // pushes the put out
            List<Path> putFiles = spillFiles(work);
            assertEquals(1, putFiles.size(), "the put is spilled");
            corrupt(putFiles.get(0));
            ObjectLostException lost = assertThrows(ObjectLostException.class, () -> ignis.get(put));
            assertTrue(lost.getMessage().contains("spill file") && lost.getMessage().contains("corrupt"), lost.getMessage());
        }
    }

    /**
     * A node holding another node's task result finds its spill file corrupt when the owner fetches
     * it: it tells the owner, which runs the task again.
     */
    @Test
    void corruptSpillFileOnTheHolderIsRebuiltByTheOwner() throws Exception {
        try (RuntimeImpl ignis = start(32L * MB, 2)) {
            Node owner = ignis.ownedNodes().get(0);
            Node holder = ignis.ownedNodes().get(1);
            RUNS.set(0);
            NodeAffinity there = NodeAffinity.hard(holder.id().toString());
            ObjectRef<byte[]> result = ignis.task(ObjectStoreTest::made, 11).nodeAffinity(there).remote();
            ignis.wait(List.of(result), 1, null);
            ObjectRef<byte[]> other = ignis.task(ObjectStoreTest::made, 12).nodeAffinity(there).remote();
            ignis.wait(List.of(other), 1, null);
            // Two 24 MB results against a 32 MB budget: the first is on the holder's disk.
            Path holderDir = work.resolve("node-1");
            List<Path> files = spillFiles(holderDir);
            assertEquals(1, files.size());
            corrupt(files.get(0));
            byte[] expected = new byte[24 * MB];
            new SplittableRandom(11).nextBytes(expected);
            assertArrayEquals(expected, ignis.get(result));
            assertEquals(3, RUNS.get(), "the task ran again");
            assertTrue(owner.stats().get("entries") > 0);
        }
    }
}

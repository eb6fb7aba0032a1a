package io.ignis.runtime.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.IgnisConfig;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskContext;
import io.ignis.api.WorkMemory;
import io.ignis.runtime.RuntimeFactoryImpl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Working memory is counted with the stored values against one budget: taking it spills values,
 * a lease stops at its share (the budget over the node's CPU slots), and what cannot be made room
 * for is refused rather than granted past the budget.
 */
class WorkMemoryTest {
    private static final long MB = 1 << 20;

    @TempDir
    Path work;

    @Test
    void leasesSpillStoredValuesAndStayWithinTheBudget() {
        long budget = 32 * MB;
        try (RuntimeImpl ignis = (RuntimeImpl) new RuntimeFactoryImpl().create(IgnisConfig.builder().localNodes(1)
                .workDir(work).objectStoreBytes(budget).resources(Map.of("CPU", 2.0)).build())) {
            Node node = ignis.ownedNodes().get(0);
            List<byte[]> values = new ArrayList<>();
            List<ObjectRef<byte[]>> refs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                byte[] bytes = new byte[(int) (8 * MB)];
                new SplittableRandom(i).nextBytes(bytes);
                values.add(bytes.clone());
                refs.add(ignis.put(bytes));
            }
            assertEquals(0, node.stats().get("spillFiles"));

            WorkMemory first = ignis.workMemory("test sort");
            assertEquals(16 * MB, first.limit(), "half the budget: two CPU slots");
            assertTrue(first.tryAcquire(12 * MB));
            assertTrue(node.stats().get("spillFiles") >= 1, "a stored value made room");
            assertFalse(first.tryAcquire(5 * MB), "past the lease's share");
            assertEquals(12 * MB, first.held());

            WorkMemory second = ignis.workMemory("test aggregation");
            assertTrue(second.tryAcquire(16 * MB), "every stored value goes to disk for it");
            assertEquals(3, node.stats().get("spillFiles"));
            WorkMemory third = ignis.workMemory("test third");
            assertFalse(third.tryAcquire(8 * MB), "4 MB are left and nothing can be spilled");
            assertEquals(28 * MB, node.stats().get("workMemoryBytes"));
            assertTrue(node.stats().get("storePeakBytes") <= budget, "peak " + node.stats().get("storePeakBytes"));

            first.release(2 * MB);
            assertEquals(10 * MB, first.held());
            first.close();
            second.close();
            third.close();
            assertEquals(0, node.stats().get("workMemoryBytes"));
            for (int i = 0; i < refs.size(); i++) {
                assertArrayEquals(values.get(i), ignis.get(refs.get(i)), "value " + i + " reads back from disk");
            }
            assertTrue(node.stats().get("storePeakBytes") <= budget);
        }
    }

    static long leaseInTask() {
        try (WorkMemory memory = TaskContext.current().runtime().workMemory("in a task")) {
            if (!memory.tryAcquire(memory.limit())) {
                return -1;
            }
            if (!java.nio.file.Files.isDirectory(memory.spillDirectory())) {
                return -2;
            }
            return memory.limit() + memory.estimateSize(new long[1000]);
        }
    }

    @Test
    void aTaskLeasesFromTheNodeItRunsOn() {
        try (RuntimeImpl ignis = (RuntimeImpl) new RuntimeFactoryImpl().create(IgnisConfig.builder().localNodes(1)
                .workDir(work).objectStoreBytes(64 * MB).resources(Map.of("CPU", 4.0)).build())) {
            long answer = ignis.task(WorkMemoryTest::leaseInTask).remote().get();
            assertEquals(16 * MB + 16 + 8000, answer, "a quarter of the budget, and a long[1000]'s size");
            assertEquals(0, ignis.ownedNodes().get(0).stats().get("workMemoryBytes"));
        }
    }

    @Test
    void refsCountAsTheirIdsNotTheNodeTheyPointInto() {
        try (RuntimeImpl ignis = (RuntimeImpl) new RuntimeFactoryImpl().create(IgnisConfig.builder().localNodes(1)
                .workDir(work).objectStoreBytes(64 * MB).resources(Map.of("CPU", 2.0)).build())) {
            List<ObjectRef<Integer>> refs = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                refs.add(ignis.put(i));
            }
            try (WorkMemory memory = ignis.workMemory("refs")) {
                long size = memory.estimateSize(refs);
                assertTrue(size < 100_000, "1,000 refs estimated at " + size + " bytes");
            }
        }
    }

    @Test
    void valuesAdmittedConcurrentlyNeverPassTheBudgetTogether() throws Exception {
        long budget = 16 * MB;
        try (RuntimeImpl ignis = (RuntimeImpl) new RuntimeFactoryImpl().create(IgnisConfig.builder().localNodes(1)
                .workDir(work).objectStoreBytes(budget).resources(Map.of("CPU", 2.0)).build())) {
            Node node = ignis.ownedNodes().get(0);
            List<Thread> threads = new ArrayList<>();
            List<ObjectRef<byte[]>> refs = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 20; i++) {
                        refs.add(ignis.put(new byte[(int) (3 * MB)]));
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertEquals(80, refs.size());
            assertTrue(node.stats().get("storePeakBytes") <= budget, "peak " + node.stats().get("storePeakBytes"));
        }
    }
}

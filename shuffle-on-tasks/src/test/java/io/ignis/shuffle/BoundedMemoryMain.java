package io.ignis.shuffle;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.api.WorkMemory;
import io.ignis.runtime.node.Node;
import io.ignis.runtime.node.RuntimeImpl;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import scala.Tuple2;

/**
 * A sort or a groupByKey of four times more data than the node's object-store budget, run by
 * {@link BoundedMemoryShuffleTest} in a JVM with a small heap. Map tasks make their pairs from a
 * seed (so the data never exists in one place), reduce tasks stream their merged partition into a
 * summary, and the driver checks the summaries against the same pairs made again. Prints
 * {@code name=value} lines: the outcome, the store's peak (stored values plus leases), spill totals,
 * the JVM's peak heap and the time.
 *
 * <p>Arguments: {@code sort|group}, the store budget in bytes, a work folder.
 */
public final class BoundedMemoryMain {
    static final int MAPS = 8;
    static final int REDUCERS = 2;
    static final int GROUP_KEYS = 50_000;

    private BoundedMemoryMain() {}

    /** Map task m's pairs for the sort: a random long key and 16 random bytes. */
    static Iterator<Tuple2<Long, byte[]>> sortPairs(int m, long count) {
        SplittableRandom random = new SplittableRandom(1000 + m);
        return new Iterator<>() {
            long made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Tuple2<Long, byte[]> next() {
                made++;
                byte[] payload = new byte[16];
                random.nextBytes(payload);
                return new Tuple2<>(random.nextLong(), payload);
            }
        };
    }

    /** Map task m's pairs for the grouping: a key of {@link #GROUP_KEYS} and a random long. */
    static Iterator<Tuple2<Integer, Long>> groupPairs(int m, long count) {
        SplittableRandom random = new SplittableRandom(2000 + m);
        return new Iterator<>() {
            long made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Tuple2<Integer, Long> next() {
                made++;
                return new Tuple2<>(random.nextInt(GROUP_KEYS), random.nextLong() >>> 20);
            }
        };
    }

    static final class Ascending implements Comparator<Long>, Serializable {
        @Override
        public int compare(Long a, Long b) {
            return Long.compare(a, b);
        }
    }

    /** What a reducer saw: pairs (or groups), sums that fingerprint them, whether keys came sorted and once each, spill bytes. */
    record Summary(long count, long groups, long keySum, long valueSum, long first, long last, boolean ordered,
                   boolean keysOnce, long spilledBytes) implements Serializable {}

    static Summary summarizeSort(Shuffle.Merged<Long, byte[]> merged) {
        long count = 0;
        long keySum = 0;
        long valueSum = 0;
        long first = 0;
        long previous = Long.MIN_VALUE;
        boolean ordered = true;
        try (merged) {
            while (merged.hasNext()) {
                Tuple2<Long, byte[]> pair = merged.next();
                long key = pair._1();
                if (count == 0) {
                    first = key;
                }
                ordered &= key >= previous;
                previous = key;
                count++;
                keySum += key;
                valueSum += Arrays.hashCode(pair._2()) * 31L + key;
            }
            return new Summary(count, count, keySum, valueSum, first, previous, ordered, true, merged.spilledBytes());
        }
    }

    static Summary summarizeGroups(Shuffle.Merged<Integer, ArrayList<Long>> merged) {
        long count = 0;
        long groups = 0;
        long keySum = 0;
        long valueSum = 0;
        BitSet seen = new BitSet(GROUP_KEYS);
        boolean once = true;
        try (merged) {
            while (merged.hasNext()) {
                Tuple2<Integer, ArrayList<Long>> group = merged.next();
                once &= !seen.get(group._1());
                seen.set(group._1());
                groups++;
                count += group._2().size();
                keySum += (long) group._1() * group._2().size();
                for (long value : group._2()) {
                    valueSum += value;
                }
            }
            return new Summary(count, groups, keySum, valueSum, 0, 0, true, once, merged.spilledBytes());
        }
    }

    public static void main(String[] args) throws Exception {
        boolean sort = args[0].equals("sort");
        long budget = Long.parseLong(args[1]);
        Path work = Path.of(args[2]);
        // Optional: the data's size, if not four budgets (with a large budget: the same data without spilling).
        long dataBytes = args.length > 3 ? Long.parseLong(args[3]) : 4 * budget;
        HeapSampler heap = new HeapSampler();
        try (IgnisRuntime ignis = Ignis.init(IgnisConfig.builder().localNodes(1).workDir(work).objectStoreBytes(budget)
                .resources(Map.of("CPU", 2.0)).build())) {
            Node node = ((RuntimeImpl) ignis).ownedNodes().get(0);
            // Records for four budgets' worth of heap, by the store's own estimate of a sample.
            List<Object> sample = new ArrayList<>();
            (sort ? sortPairs(0, 10_000) : groupPairs(0, 10_000)).forEachRemaining(sample::add);
            long recordBytes;
            try (WorkMemory probe = ignis.workMemory("size probe")) {
                recordBytes = probe.estimateSize(sample) / sample.size();
            }
            sample = null;
            long perMap = dataBytes / recordBytes / MAPS;
            long start = System.nanoTime();
            List<ObjectRef<Summary>> summaries = sort ? runSort(ignis, perMap) : runGroup(ignis, perMap);
            List<Summary> results = ignis.get(summaries);
            long seconds = System.nanoTime() - start;
            Summary expected = sort ? expectedSort(perMap) : expectedGroups(perMap);
            long count = 0;
            long groups = 0;
            long keySum = 0;
            long valueSum = 0;
            long spilled = 0;
            boolean ordered = true;
            boolean once = true;
            for (int r = 0; r < results.size(); r++) {
                Summary s = results.get(r);
                count += s.count();
                groups += s.groups();
                keySum += s.keySum();
                valueSum += s.valueSum();
                spilled += s.spilledBytes();
                ordered &= s.ordered() && (r == 0 || s.count() == 0 || results.get(r - 1).last() <= s.first());
                once &= s.keysOnce();
            }
            Map<String, Long> stats = node.stats();
            long heapPeak = heap.stop();
            System.out.println("dataBytes=" + perMap * MAPS * recordBytes);
            System.out.println("records=" + perMap * MAPS);
            System.out.println("correct=" + (count == expected.count() && groups == expected.groups()
                    && keySum == expected.keySum() && valueSum == expected.valueSum() && ordered && once));
            System.out.println("count=" + count + " expected " + expected.count());
            System.out.println("budget=" + budget);
            System.out.println("storePeakBytes=" + stats.get("storePeakBytes"));
            System.out.println("reduceSpilledBytes=" + spilled);
            System.out.println("storeSpilledBytes=" + stats.get("spilledBytes"));
            System.out.println("heapPeakBytes=" + heapPeak);
            System.out.println("heapMaxBytes=" + Runtime.getRuntime().maxMemory());
            System.out.println("millis=" + seconds / 1_000_000);
        }
    }

    /** The most heap in use (live objects and garbage not yet collected), sampled every 5 ms. */
    static final class HeapSampler {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler() {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }

    static List<ObjectRef<Summary>> runSort(IgnisRuntime ignis, long perMap) {
        Ascending order = new Ascending();
        Shuffle.Spec<Long, byte[], byte[]> spec = new Shuffle.Spec<>(new RangePartitioner<>(List.of(0L), order, true), null,
                false, order);
        List<List<ObjectRef<Object>>> blocks = new ArrayList<>();
        for (int m = 0; m < MAPS; m++) {
            int map = m;
            blocks.add(ignis.task(() -> Shuffle.split(sortPairs(map, perMap), spec)).numReturns(REDUCERS).remote());
        }
        List<ObjectRef<Summary>> out = new ArrayList<>();
        for (int r = 0; r < REDUCERS; r++) {
            out.add(ignis.task((List<ObjectRef<Object>> parts) -> summarizeSort(Shuffle.read(parts, spec)), column(blocks, r))
                    .remote());
        }
        return out;
    }

    static List<ObjectRef<Summary>> runGroup(IgnisRuntime ignis, long perMap) {
        Aggregator<Long, ArrayList<Long>> group = new Aggregator<>(v -> {
            ArrayList<Long> list = new ArrayList<>();
            list.add(v);
            return list;
        }, (list, v) -> {
            list.add(v);
            return list;
        }, (a, b) -> {
            a.addAll(b);
            return a;
        });
        Shuffle.Spec<Integer, Long, ArrayList<Long>> spec = new Shuffle.Spec<>(new HashPartitioner<>(REDUCERS), group, false, null);
        List<List<ObjectRef<Object>>> blocks = new ArrayList<>();
        for (int m = 0; m < MAPS; m++) {
            int map = m;
            blocks.add(ignis.task(() -> Shuffle.split(groupPairs(map, perMap), spec)).numReturns(REDUCERS).remote());
        }
        List<ObjectRef<Summary>> out = new ArrayList<>();
        for (int r = 0; r < REDUCERS; r++) {
            out.add(ignis.task((List<ObjectRef<Object>> parts) -> summarizeGroups(Shuffle.read(parts, spec)), column(blocks, r))
                    .remote());
        }
        return out;
    }

    static List<ObjectRef<Object>> column(List<List<ObjectRef<Object>>> blocks, int r) {
        List<ObjectRef<Object>> mine = new ArrayList<>();
        for (List<ObjectRef<Object>> map : blocks) {
            mine.add(map.get(r));
        }
        return mine;
    }

    static Summary expectedSort(long perMap) {
        long count = 0;
        long keySum = 0;
        long valueSum = 0;
        for (int m = 0; m < MAPS; m++) {
            for (Iterator<Tuple2<Long, byte[]>> it = sortPairs(m, perMap); it.hasNext(); ) {
                Tuple2<Long, byte[]> pair = it.next();
                count++;
                keySum += pair._1();
                valueSum += Arrays.hashCode(pair._2()) * 31L + pair._1();
            }
        }
        return new Summary(count, count, keySum, valueSum, 0, 0, true, true, 0);
    }

    static Summary expectedGroups(long perMap) {
        long count = 0;
        long keySum = 0;
        long valueSum = 0;
        BitSet keys = new BitSet(GROUP_KEYS);
        for (int m = 0; m < MAPS; m++) {
            for (Iterator<Tuple2<Integer, Long>> it = groupPairs(m, perMap); it.hasNext(); ) {
                Tuple2<Integer, Long> pair = it.next();
                count++;
                keySum += pair._1();
                valueSum += pair._2();
                keys.set(pair._1());
            }
        }
        return new Summary(count, keys.cardinality(), keySum, valueSum, 0, 0, true, true, 0);
    }
}

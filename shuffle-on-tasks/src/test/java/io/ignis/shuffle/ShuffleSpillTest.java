package io.ignis.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * Shuffles whose map and reduce tasks pass their memory (two nodes with 8 MB stores; a task's
 * buffers get 2 MB) give exactly what the in-memory shuffle gives: the same pairs in the same
 * order for a partitioning and a sort, the same combiner per key, groups with their values in
 * the same order. The tasks here are Shuffle's map and reduce steps, so they can say whether
 * they spilled.
 */
class ShuffleSpillTest {
    @TempDir
    static Path work;
    static IgnisRuntime ignis;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(2).workDir(work).objectStoreBytes(8L << 20)
                .resources(Map.of("CPU", 2.0)).build());
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    /** Map task m's pairs: keys in [0, keys), values numbering the pairs of all tasks. */
    static List<Tuple2<Integer, Long>> input(int m, int perMap, int keys) {
        SplittableRandom random = new SplittableRandom(m);
        List<Tuple2<Integer, Long>> out = new ArrayList<>(perMap);
        for (int i = 0; i < perMap; i++) {
            out.add(new Tuple2<>(random.nextInt(keys), (long) m * perMap + i));
        }
        return out;
    }

    /** What a run gave: each reduce partition's pairs, how many map blocks were encoded, how many reducers spilled. */
    record Outcome<C>(List<List<Tuple2<Integer, C>>> partitions, int encodedBlocks, int spilledReducers) {}

    /** One reducer's pairs and its spill count. */
    record Reduced<C>(List<Tuple2<Integer, C>> pairs, int spills) implements Serializable {}

    static <C> Outcome<C> shuffle(int maps, int perMap, int keys, Shuffle.Spec<Integer, Long, C> spec) {
        int reducers = spec.partitioner().numPartitions();
        List<List<ObjectRef<Object>>> blocks = new ArrayList<>();
        for (int m = 0; m < maps; m++) {
            int map = m;
            blocks.add(ignis.task(() -> Shuffle.split(input(map, perMap, keys).iterator(), spec)).numReturns(reducers).remote());
        }
        int encoded = 0;
        for (List<ObjectRef<Object>> map : blocks) {
            for (Object block : ignis.get(map)) {
                encoded += ((ShuffleBlock<?>) block).isEncoded() ? 1 : 0;
            }
        }
        List<List<Tuple2<Integer, C>>> partitions = new ArrayList<>();
        int spilled = 0;
        for (int r = 0; r < reducers; r++) {
            List<ObjectRef<Object>> mine = new ArrayList<>();
            for (List<ObjectRef<Object>> map : blocks) {
                mine.add(map.get(r));
            }
            Reduced<C> reduced = ignis.task((List<ObjectRef<Object>> parts) -> {
                List<Tuple2<Integer, C>> pairs = new ArrayList<>();
                try (Shuffle.Merged<Integer, C> merged = Shuffle.read(parts, spec)) {
                    merged.forEachRemaining(pairs::add);
                    return new Reduced<>(pairs, merged.spills());
                }
            }, mine).remote().get();
            partitions.add(reduced.pairs());
            spilled += reduced.spills() > 0 ? 1 : 0;
        }
        return new Outcome<>(partitions, encoded, spilled);
    }

    /** The in-memory shuffle's partitions: map blocks in map order, each in the order its map made the pairs. */
    static List<List<Tuple2<Integer, Long>>> concatenated(int maps, int perMap, int keys, Partitioner<Integer> partitioner) {
        List<List<Tuple2<Integer, Long>>> out = new ArrayList<>();
        for (int r = 0; r < partitioner.numPartitions(); r++) {
            out.add(new ArrayList<>());
        }
        for (int m = 0; m < maps; m++) {
            for (Tuple2<Integer, Long> pair : input(m, perMap, keys)) {
                out.get(partitioner.partition(pair._1())).add(pair);
            }
        }
        return out;
    }

    static final class ByKey implements java.util.Comparator<Integer>, Serializable {
        @Override
        public int compare(Integer a, Integer b) {
            return Integer.compare(a, b);
        }
    }

    @Test
    void aSpillingPartitioningAndSortGiveTheInMemoryResultExactly() {
        HashPartitioner<Integer> hash = new HashPartitioner<>(3);
        Outcome<Long> plain = shuffle(4, 60_000, 100_000, new Shuffle.Spec<>(hash, null, false, null));
        assertTrue(plain.encodedBlocks() > 0, "the maps spilled");
        assertEquals(concatenated(4, 60_000, 100_000, hash), plain.partitions());

        RangePartitioner<Integer> ranges = new RangePartitioner<>(List.of(30_000, 60_000), new ByKey(), true);
        Outcome<Long> sorted = shuffle(4, 60_000, 100_000, new Shuffle.Spec<>(ranges, null, false, new ByKey()));
        assertTrue(sorted.spilledReducers() == 3, "every reducer spilled: " + sorted.spilledReducers());
        List<List<Tuple2<Integer, Long>>> expected = concatenated(4, 60_000, 100_000, ranges);
        expected.forEach(partition -> partition.sort((a, b) -> Integer.compare(a._1(), b._1()))); // stable
        assertEquals(expected, sorted.partitions());
    }

    @Test
    void spillingCombinersGiveEachKeyItsInMemoryCombiner() {
        HashPartitioner<Integer> hash = new HashPartitioner<>(2);
        Map<Integer, Long> sums = new HashMap<>();
        for (List<Tuple2<Integer, Long>> partition : concatenated(4, 60_000, 200_000, hash)) {
            partition.forEach(pair -> sums.merge(pair._1(), pair._2(), Long::sum));
        }
        Aggregator<Long, Long> sum = new Aggregator<>(v -> v, Long::sum, Long::sum);
        for (boolean mapSide : new boolean[] {true, false}) {
            Outcome<Long> out = shuffle(4, 60_000, 200_000, new Shuffle.Spec<>(hash, sum, mapSide, null));
            assertTrue(out.spilledReducers() > 0, "reducers spilled, map side " + mapSide);
            Map<Integer, Long> got = new HashMap<>();
            for (int r = 0; r < 2; r++) {
                for (Tuple2<Integer, Long> pair : out.partitions().get(r)) {
                    assertEquals(r, hash.partition(pair._1()));
                    assertEquals(null, got.put(pair._1(), pair._2()), "key " + pair._1() + " twice");
                }
            }
            assertEquals(sums, got, "map-side combine " + mapSide);
        }
    }

    @Test
    void spillingGroupsKeepTheirValuesInTheInMemoryOrder() {
        HashPartitioner<Integer> hash = new HashPartitioner<>(2);
        Map<Integer, List<Long>> groups = new HashMap<>();
        for (List<Tuple2<Integer, Long>> partition : concatenated(4, 60_000, 20_000, hash)) {
            partition.forEach(pair -> groups.computeIfAbsent(pair._1(), k -> new ArrayList<>()).add(pair._2()));
        }
        Aggregator<Long, ArrayList<Long>> group = new Aggregator<>(v -> new ArrayList<>(List.of(v)), (list, v) -> {
            list.add(v);
            return list;
        }, (a, b) -> {
            a.addAll(b);
            return a;
        });
        Outcome<ArrayList<Long>> out = shuffle(4, 60_000, 20_000, new Shuffle.Spec<>(hash, group, false, null));
        assertTrue(out.spilledReducers() > 0);
        Map<Integer, List<Long>> got = new HashMap<>();
        out.partitions().forEach(partition -> partition.forEach(pair -> got.put(pair._1(), pair._2())));
        assertEquals(groups, got);
    }
}

package io.ignis.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Shuffles on a three-node cluster in this JVM, checked against the same computation done in
 * memory: placement by partitioner, combining with and without the map side, grouping, and a
 * total sort through a sampled range partitioner.
 */
class ShuffleTest {
    static IgnisRuntime ignis;

    @BeforeAll
    static void start() {
        ignis = Ignis.init(IgnisConfig.builder().localNodes(3).resources(Map.of("CPU", 2.0)).build());
    }

    @AfterAll
    static void stop() {
        ignis.close();
    }

    /** {@code blocks} blocks of {@code perBlock} pairs (key in [0, keys), value 1..100), the same for a seed. */
    static List<List<Tuple2<Integer, Integer>>> data(int blocks, int perBlock, int keys, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Tuple2<Integer, Integer>>> out = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            List<Tuple2<Integer, Integer>> block = new ArrayList<>();
            for (int i = 0; i < perBlock; i++) {
                block.add(new Tuple2<>(random.nextInt(keys) - keys / 2, 1 + random.nextInt(100)));
            }
            out.add(block);
        }
        return out;
    }

    static List<ObjectRef<List<Tuple2<Integer, Integer>>>> put(List<List<Tuple2<Integer, Integer>>> blocks) {
        List<ObjectRef<List<Tuple2<Integer, Integer>>>> refs = new ArrayList<>();
        for (List<Tuple2<Integer, Integer>> block : blocks) {
            refs.add(ignis.put(block));
        }
        return refs;
    }

    static <K, V> List<List<Tuple2<K, V>>> collect(List<ObjectRef<List<Tuple2<K, V>>>> refs) {
        return ignis.get(refs);
    }

    @Test
    void pairsGoToTheirKeysPartitionAndNoneIsLost() {
        List<List<Tuple2<Integer, Integer>>> data = data(6, 2000, 500, 1);
        HashPartitioner<Integer> partitioner = new HashPartitioner<>(5);
        List<List<Tuple2<Integer, Integer>>> out = collect(Shuffle.partitionBy(ignis, put(data), partitioner, null));
        assertEquals(5, out.size());
        Map<Tuple2<Integer, Integer>, Integer> expected = new HashMap<>();
        data.forEach(block -> block.forEach(p -> expected.merge(p, 1, Integer::sum)));
        Map<Tuple2<Integer, Integer>, Integer> got = new HashMap<>();
        for (int r = 0; r < out.size(); r++) {
            for (Tuple2<Integer, Integer> pair : out.get(r)) {
                assertEquals(Math.floorMod(pair._1().hashCode(), 5), r, "pair " + pair + " in partition " + r);
                got.merge(pair, 1, Integer::sum);
            }
        }
        assertEquals(expected, got);
        List<List<Tuple2<Integer, Integer>>> one = collect(Shuffle.partitionBy(ignis, put(data), new HashPartitioner<>(1), null));
        assertEquals(1, one.size());
        assertEquals(6 * 2000, one.get(0).size());
    }

    static Map<Integer, Integer> sums(List<List<Tuple2<Integer, Integer>>> data) {
        Map<Integer, Integer> sums = new TreeMap<>();
        data.forEach(block -> block.forEach(p -> sums.merge(p._1(), p._2(), Integer::sum)));
        return sums;
    }

    @Test
    void combiningGivesOnePairPerKeyWithOrWithoutTheMapSide() {
        List<List<Tuple2<Integer, Integer>>> data = data(5, 3000, 300, 2);
        Aggregator<Integer, Integer> sum = new Aggregator<>(v -> v, Integer::sum, Integer::sum);
        for (boolean mapSide : new boolean[] {true, false}) {
            List<List<Tuple2<Integer, Integer>>> out = collect(Shuffle.combineByKey(ignis, put(data), new HashPartitioner<>(4),
                    sum, mapSide, null));
            Map<Integer, Integer> got = new TreeMap<>();
            for (List<Tuple2<Integer, Integer>> partition : out) {
                for (Tuple2<Integer, Integer> pair : partition) {
                    assertEquals(null, got.put(pair._1(), pair._2()), "key " + pair._1() + " twice");
                }
            }
            assertEquals(sums(data), got, "map-side combine " + mapSide);
        }
    }

    @Test
    void groupingCollectsEveryValueOfAKey() {
        List<List<Tuple2<Integer, Integer>>> data = data(4, 1000, 50, 3);
        Aggregator<Integer, ArrayList<Integer>> group = new Aggregator<>(
                v -> new ArrayList<>(List.of(v)),
                (list, v) -> {
                    list.add(v);
                    return list;
                },
                (a, b) -> {
                    a.addAll(b);
                    return a;
                });
        List<List<Tuple2<Integer, ArrayList<Integer>>>> out = collect(Shuffle.combineByKey(ignis, put(data),
                new HashPartitioner<>(3), group, false, null));
        Map<Integer, Integer> got = new TreeMap<>();
        for (List<Tuple2<Integer, ArrayList<Integer>>> partition : out) {
            for (Tuple2<Integer, ArrayList<Integer>> pair : partition) {
                got.put(pair._1(), pair._2().stream().mapToInt(Integer::intValue).sum());
            }
        }
        assertEquals(sums(data), got);
    }

    /** Orders integers, serializable so it can travel with the tasks. */
    static final class Natural implements Comparator<Integer>, Serializable {
        @Override
        public int compare(Integer a, Integer b) {
            return Integer.compare(a, b);
        }
    }

    @Test
    void aRangePartitionedShuffleWithAKeyOrderingIsATotalSort() {
        List<List<Tuple2<Integer, Integer>>> data = data(6, 5000, 1_000_000, 4);
        List<ObjectRef<List<Tuple2<Integer, Integer>>>> inputs = put(data);
        for (boolean ascending : new boolean[] {true, false}) {
            Comparator<Integer> order = new Natural();
            RangePartitioner<Integer> ranges = RangePartitioner.fromSample(ignis, inputs, 8, order, ascending);
            assertEquals(8, ranges.numPartitions());
            List<List<Tuple2<Integer, Integer>>> out = collect(Shuffle.partitionBy(ignis, inputs, ranges,
                    ascending ? order : order.reversed()));
            List<Integer> keys = new ArrayList<>();
            int smallest = Integer.MAX_VALUE;
            int largest = 0;
            for (List<Tuple2<Integer, Integer>> partition : out) {
                smallest = Math.min(smallest, partition.size());
                largest = Math.max(largest, partition.size());
                partition.forEach(p -> keys.add(p._1()));
            }
            List<Integer> expected = new ArrayList<>();
            data.forEach(block -> block.forEach(p -> expected.add(p._1())));
            expected.sort(ascending ? order : order.reversed());
            assertEquals(expected, keys, "ascending " + ascending);
            // 30,000 keys over 8 ranges: the sample keeps them near 3,750 each.
            assertTrue(smallest > 2500 && largest < 5000, "partition sizes " + smallest + ".." + largest);
        }
    }

    @Test
    void sparksHashPlacementForNegativeHashesAndNull() {
        HashPartitioner<Object> p = new HashPartitioner<>(7);
        assertEquals(0, p.partition(null));
        assertEquals(Math.floorMod(-15, 7), p.partition(-15));
        assertEquals(Math.floorMod("spark".hashCode(), 7), p.partition("spark"));
    }
}

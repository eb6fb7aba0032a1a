package io.ignis.rdd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.shuffle.HashPartitioner;
import java.io.NotSerializableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The by-key aggregations on two nodes: zero copies per key, local reductions, exact distinct counts, lookup. */
class KeyedAggregationsTest {
    private static RddContext context;
    /** Partitions a lookup computed, by the id of the RDD that computed them (the tasks run in this JVM). */
    private static final Map<Integer, Set<Integer>> COMPUTED = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        context = new RddContext(Ignis.init(IgnisConfig.builder().localNodes(2).resources(Map.of("CPU", 2.0)).build()), true, 4);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static <K, V> Rdd<Tuple2<K, V>> pairs(int slices, List<Tuple2<K, V>> data) {
        return new ParallelCollectionRdd<>(context, data, slices);
    }

    @Test
    void everyKeyFoldsIntoItsOwnCopyOfTheZero() {
        List<Tuple2<Integer, Integer>> data = IntStream.range(0, 200).mapToObj(i -> new Tuple2<>(i % 10, i)).toList();
        List<Integer> zero = new ArrayList<>();
        Rdd<Tuple2<Integer, List<Integer>>> lists = KeyedAggregations.aggregateByKey(pairs(8, data), zero, new HashPartitioner<>(3), (list, v) -> {
            list.add(v);
            return list;
        }, (one, other) -> {
            one.addAll(other);
            return one;
        });
        for (Tuple2<Integer, List<Integer>> pair : Actions.collect(lists)) {
            assertEquals(20, pair._2().size(), "key " + pair._1());
            assertTrue(pair._2().stream().allMatch(v -> v % 10 == pair._1()), pair.toString());
        }
        assertTrue(zero.isEmpty(), "the driver's zero is never used itself");
    }

    @Test
    void foldByKeyStartsEachMapTaskFromTheZero() {
        Rdd<Tuple2<String, Integer>> ones = pairs(4, List.of(new Tuple2<>("a", 1), new Tuple2<>("a", 1), new Tuple2<>("a", 1), new Tuple2<>("b", 1)));
        assertEquals(List.of(new Tuple2<>("a", 303), new Tuple2<>("b", 101)),
                Actions.collect(KeyedAggregations.foldByKey(ones, 100, new HashPartitioner<>(1), Integer::sum)).stream()
                        .sorted((x, y) -> x._1().compareTo(y._1())).toList());
    }

    @Test
    void aZeroThatCannotBeSerializedFailsAtOnceNamingItsClass() {
        NotSerializableException failure = assertThrows(NotSerializableException.class, () -> KeyedAggregations.aggregateByKey(
                pairs(1, List.of(new Tuple2<>("a", 1))), new Object(), new HashPartitioner<String>(1), (zero, v) -> zero, (x, y) -> x));
        assertEquals("java.lang.Object", failure.getMessage());
    }

    @Test
    void reduceByKeyLocallyMergesPartitionMapsOnTheDriver() {
        Rdd<Tuple2<String, Integer>> numbers = pairs(3, Arrays.asList(new Tuple2<>("a", null), new Tuple2<>("a", 1), new Tuple2<>("b", 2),
                new Tuple2<>("a", 3), new Tuple2<>("b", 4)));
        assertEquals(Map.of("a", 4, "b", 6), KeyedAggregations.reduceByKeyLocally(numbers, Integer::sum), "a null so far counts as none");
        UnsupportedOperationException empty = assertThrows(UnsupportedOperationException.class,
                () -> KeyedAggregations.reduceByKeyLocally(new EmptyRdd<Tuple2<String, Integer>>(context), Integer::sum));
        assertEquals("empty collection", empty.getMessage());
    }

    @Test
    void distinctValuesAndCountsPerKeyAreExact() {
        Rdd<Tuple2<String, Integer>> values = pairs(3, Arrays.asList(new Tuple2<>("a", 1), new Tuple2<>("a", 1), new Tuple2<>("a", 2),
                new Tuple2<>("b", null), new Tuple2<>("b", null)));
        Rdd<Tuple2<String, Long>> distinct = KeyedAggregations.countDistinctByKey(values, new HashPartitioner<>(2));
        assertEquals(Map.of("a", 2L, "b", 1L), Map.ofEntries(Actions.collect(distinct).stream()
                .map(pair -> Map.entry(pair._1(), pair._2())).toArray(Map.Entry[]::new)));
        assertEquals(new HashPartitioner<>(2), distinct.partitioner());
        assertEquals(Map.of("a", 3L, "b", 2L), KeyedAggregations.countByKey(values, new HashPartitioner<>(2)));
    }

    @Test
    void lookupComputesOnlyTheKeysPartitionWhenPlacementIsKnown() {
        List<Tuple2<Integer, String>> data = IntStream.range(0, 40).mapToObj(i -> new Tuple2<>(i, "v" + i)).toList();
        Rdd<Tuple2<Integer, String>> placed = PairOps.partitionBy(pairs(4, data), new HashPartitioner<>(5));
        Rdd<Tuple2<Integer, String>> recorded = recording(placed, true);
        assertEquals(List.of("v17"), KeyedAggregations.lookup(recorded, 17));
        assertEquals(Set.of(2), COMPUTED.get(recorded.id()), "17 lives in partition 17 % 5");

        Rdd<Tuple2<Integer, String>> unplaced = recording(pairs(4, data), false);
        assertEquals(List.of("v17"), KeyedAggregations.lookup(unplaced, 17));
        assertEquals(Set.of(0, 1, 2, 3), COMPUTED.get(unplaced.id()));
    }

    private static Rdd<Tuple2<Integer, String>> recording(Rdd<Tuple2<Integer, String>> parent, boolean preservesPartitioning) {
        int[] id = new int[1];
        Rdd<Tuple2<Integer, String>> rdd = new MapPartitionsRdd<Tuple2<Integer, String>, Tuple2<Integer, String>>(parent, (scope, index, items) -> {
            COMPUTED.computeIfAbsent(id[0], ignored -> ConcurrentHashMap.newKeySet()).add(index);
            return items;
        }, preservesPartitioning);
        id[0] = rdd.id();
        return rdd;
    }
}

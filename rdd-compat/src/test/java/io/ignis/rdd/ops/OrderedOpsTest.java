package io.ignis.rdd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.shuffle.HashPartitioner;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Sorting within partitions and range filters on the engine. */
class OrderedOpsTest {
    private static RddContext context;
    private static final Comparator<Integer> NATURAL = PairOps.natural();

    @BeforeAll
    static void start() {
        context = new RddContext(Ignis.init(IgnisConfig.builder().localNodes(1).resources(Map.of("CPU", 4.0)).build()), true, 4);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Rdd<Tuple2<Integer, Integer>> numbers(int count, int slices) {
        return new ParallelCollectionRdd<>(context, IntStream.range(0, count).mapToObj(i -> new Tuple2<>((i * 7) % count, i)).toList(), slices);
    }

    @Test
    void sortsWithinEachPartitionKeepingTheOrderOfEqualKeys() {
        List<Tuple2<Integer, String>> data = List.of(new Tuple2<>(3, "first"), new Tuple2<>(1, "x"), new Tuple2<>(3, "second"),
                new Tuple2<>(5, "y"), new Tuple2<>(3, "third"));
        Rdd<Tuple2<Integer, String>> sorted = OrderedOps.repartitionAndSortWithinPartitions(new ParallelCollectionRdd<>(context, data, 3),
                new HashPartitioner<>(2), NATURAL);
        List<List<Tuple2<Integer, String>>> partitions = Actions.collectPartitions(sorted, new int[] {0, 1});
        assertEquals(List.of(), partitions.get(0));
        assertEquals(List.of(new Tuple2<>(1, "x"), new Tuple2<>(3, "first"), new Tuple2<>(3, "second"), new Tuple2<>(3, "third"),
                new Tuple2<>(5, "y")), partitions.get(1));
        assertEquals(new HashPartitioner<>(2), sorted.partitioner());
    }

    @Test
    void dataAlreadyPlacedIsSortedWhereItIs() {
        Rdd<Tuple2<Integer, Integer>> placed = PairOps.partitionBy(numbers(20, 3), new HashPartitioner<>(4));
        Comparator<Integer> descending = (Comparator<Integer> & Serializable) (x, y) -> Integer.compare(y, x);
        Rdd<Tuple2<Integer, Integer>> sorted = OrderedOps.repartitionAndSortWithinPartitions(placed, new HashPartitioner<>(4), descending);
        assertInstanceOf(NarrowDependency.class, sorted.dependencies().get(0));
        assertSame(placed, sorted.dependencies().get(0).rdd());
        for (List<Tuple2<Integer, Integer>> partition : Actions.collectPartitions(sorted, Actions.allPartitions(sorted))) {
            for (int i = 1; i < partition.size(); i++) {
                assertEquals(-1, Integer.signum(partition.get(i)._1() - partition.get(i - 1)._1()), partition.toString());
            }
        }
    }

    @Test
    void aRangeFilterOverRangePartitionedDataReadsOnlyItsPartitions() {
        Rdd<Tuple2<Integer, Integer>> sorted = PairOps.sortByKey(numbers(100, 4), NATURAL, true, 5);
        Rdd<Tuple2<Integer, Integer>> range = OrderedOps.filterByRange(sorted, NATURAL, 25, 55);
        assertEquals(IntStream.rangeClosed(25, 55).boxed().toList(), Actions.collect(range).stream().map(Tuple2::_1).toList());
        Rdd<?> pruned = range.dependencies().get(0).rdd();
        assertInstanceOf(PartitionPruningRdd.class, pruned);
        int first = ((io.ignis.shuffle.RangePartitioner<Integer>) sorted.partitioner()).partition(25);
        int last = ((io.ignis.shuffle.RangePartitioner<Integer>) sorted.partitioner()).partition(55);
        assertEquals(last - first + 1, range.partitionCount());
        assertNull(range.partitioner(), "renumbered partitions have no partitioner");
    }

    @Test
    void aRangeFilterOverOtherDataFiltersEveryPartitionAndKeepsThePartitioner() {
        Rdd<Tuple2<Integer, Integer>> placed = PairOps.partitionBy(numbers(30, 3), new HashPartitioner<>(4));
        Rdd<Tuple2<Integer, Integer>> range = OrderedOps.filterByRange(placed, NATURAL, 10, 12);
        assertEquals(4, range.partitionCount());
        assertEquals(new HashPartitioner<>(4), range.partitioner());
        assertEquals(List.of(10, 11, 12), Actions.collect(range).stream().map(Tuple2::_1).sorted().toList());
    }
}

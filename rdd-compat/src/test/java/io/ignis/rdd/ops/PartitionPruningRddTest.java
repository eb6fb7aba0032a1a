package io.ignis.rdd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.shuffle.HashPartitioner;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Keeping some of a parent's partitions, renumbered. */
class PartitionPruningRddTest {
    private static RddContext context;

    @BeforeAll
    static void start() {
        context = new RddContext(Ignis.init(IgnisConfig.builder().localNodes(1).resources(Map.of("CPU", 2.0)).build()), true, 2);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void keepsTheChosenPartitionsInOrder() {
        Rdd<Integer> numbers = new ParallelCollectionRdd<>(context, IntStream.range(0, 10).boxed().toList(), 5);
        Rdd<Integer> pruned = new PartitionPruningRdd<>(numbers, new int[] {1, 3, 4});
        assertEquals(3, pruned.partitionCount());
        assertEquals(List.of(List.of(2, 3), List.of(6, 7), List.of(8, 9)), Actions.collectPartitions(pruned, new int[] {0, 1, 2}));
        assertEquals(3, ((NarrowDependency<?>) pruned.dependencies().get(0)).parents(1)[0]);
    }

    @Test
    void hasNoPartitionerAndRefusesPartitionsTheParentLacks() {
        Rdd<Tuple2<Integer, Integer>> placed = PairOps.partitionBy(
                new ParallelCollectionRdd<>(context, List.of(new Tuple2<>(1, 1), new Tuple2<>(2, 2)), 2), new HashPartitioner<>(3));
        Rdd<Tuple2<Integer, Integer>> pruned = new PartitionPruningRdd<>(placed, new int[] {2});
        assertNull(pruned.partitioner());
        assertEquals(List.of(new Tuple2<>(2, 2)), Actions.collect(pruned));
        assertThrows(IllegalArgumentException.class, () -> new PartitionPruningRdd<>(placed, new int[] {3}));
    }
}

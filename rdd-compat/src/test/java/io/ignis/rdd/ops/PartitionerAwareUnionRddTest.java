package io.ignis.rdd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.shuffle.HashPartitioner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Spark's choice between a partitioner-aware union and a plain one. */
class PartitionerAwareUnionRddTest {
    private static RddContext context;

    @BeforeAll
    static void start() {
        context = new RddContext(Ignis.init(IgnisConfig.builder().localNodes(1).resources(Map.of("CPU", 2.0)).build()), true, 2);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Rdd<Tuple2<Integer, String>> placed(int partitions, List<Tuple2<Integer, String>> data) {
        return PairOps.partitionBy(new ParallelCollectionRdd<>(context, data, 2), new HashPartitioner<>(partitions));
    }

    @Test
    void inputsSharingAPartitionerAreUnitedPartitionByPartition() {
        Rdd<Tuple2<Integer, String>> first = placed(3, List.of(new Tuple2<>(0, "a"), new Tuple2<>(1, "b")));
        Rdd<Tuple2<Integer, String>> second = placed(3, List.of(new Tuple2<>(3, "c"), new Tuple2<>(5, "d")));
        Rdd<Tuple2<Integer, String>> union = PartitionerAwareUnionRdd.union(List.of(first, second));
        assertInstanceOf(PartitionerAwareUnionRdd.class, union);
        assertEquals(new HashPartitioner<>(3), union.partitioner());
        assertEquals(List.of(List.of(new Tuple2<>(0, "a"), new Tuple2<>(3, "c")), List.of(new Tuple2<>(1, "b")), List.of(new Tuple2<>(5, "d"))),
                Actions.collectPartitions(union, new int[] {0, 1, 2}));
    }

    @Test
    void otherwiseThePartitionsFollowOneAnother() {
        Rdd<Tuple2<Integer, String>> first = placed(3, List.of(new Tuple2<>(0, "a")));
        Rdd<Tuple2<Integer, String>> other = placed(2, List.of(new Tuple2<>(1, "b")));
        Rdd<Tuple2<Integer, String>> plain = new ParallelCollectionRdd<>(context, List.of(new Tuple2<>(2, "c")), 2);
        assertInstanceOf(UnionRdd.class, PartitionerAwareUnionRdd.union(List.of(first, other)));
        Rdd<Tuple2<Integer, String>> mixed = PartitionerAwareUnionRdd.union(List.of(first, plain));
        assertInstanceOf(UnionRdd.class, mixed);
        assertEquals(5, mixed.partitionCount());
        assertNull(mixed.partitioner());
    }

    @Test
    void inputsWithoutPartitionsDoNotCount() {
        Rdd<Tuple2<Integer, String>> first = placed(3, List.of(new Tuple2<>(0, "a")));
        Rdd<Tuple2<Integer, String>> empty = new EmptyRdd<>(context);
        Rdd<Tuple2<Integer, String>> union = PartitionerAwareUnionRdd.union(List.of(first, empty));
        assertEquals(3, union.partitionCount());
        assertEquals(new HashPartitioner<>(3), union.partitioner());
        assertInstanceOf(UnionRdd.class, PartitionerAwareUnionRdd.union(List.of(empty, empty)));
    }
}

package io.ignis.rdd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.shuffle.HashPartitioner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** intersection and subtract of pair RDDs: Spark's partitioner choices and placement. */
class PairSetOpsTest {
    private static RddContext context;

    @BeforeAll
    static void start() {
        context = new RddContext(Ignis.init(IgnisConfig.builder().localNodes(1).resources(Map.of("CPU", 2.0)).build()), true, 2);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Rdd<Tuple2<String, Integer>> pairs(int slices, List<Tuple2<String, Integer>> data) {
        return new ParallelCollectionRdd<>(context, data, slices);
    }

    private static List<Set<String>> placement(Rdd<?> rdd) {
        List<Set<String>> out = new ArrayList<>();
        for (List<?> partition : Actions.collectPartitions(rdd, Actions.allPartitions(rdd))) {
            Set<String> strings = new TreeSet<>();
            partition.forEach(item -> strings.add(String.valueOf(item)));
            out.add(strings);
        }
        return out;
    }

    @Test
    void subtractUnderTheOwnPartitionerPlacesPairsByKey() {
        HashPartitioner<String> byKey = new HashPartitioner<>(2);
        Rdd<Tuple2<String, Integer>> left = PairOps.partitionBy(pairs(2, List.of(new Tuple2<>("a", 1), new Tuple2<>("b", 2), new Tuple2<>("c", 3),
                new Tuple2<>("c", 3))), byKey);
        Rdd<Tuple2<String, Integer>> difference = PairSetOps.subtract(left, pairs(1, List.of(new Tuple2<>("a", 1))), byKey);
        assertEquals(List.of(Set.of("(b,2)"), Set.of("(c,3)")), placement(difference), "b to 98 % 2, c to 99 % 2");
        assertEquals(3, Actions.count(difference), "repeats are kept");
        assertNull(difference.partitioner());
    }

    @Test
    void subtractUnderAnotherPartitionerPlacesWholePairs() {
        Rdd<Tuple2<String, Integer>> left = pairs(2, List.of(new Tuple2<>("a", 1), new Tuple2<>("b", 2)));
        Rdd<Tuple2<String, Integer>> difference = PairSetOps.subtract(left, pairs(1, List.of()), new HashPartitioner<>(3));
        List<Set<String>> expected = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (Tuple2<String, Integer> pair : List.of(new Tuple2<>("a", 1), new Tuple2<>("b", 2))) {
            expected.get(Math.floorMod(pair.hashCode(), 3)).add(pair.toString());
        }
        assertEquals(expected, placement(difference), "by the pair's hash, as Spark's HashPartitioner places the (pair, null) keys");
    }

    @Test
    void intersectionChoosesItsPartitionerFromTheReKeyedInputs() {
        Rdd<Tuple2<String, Integer>> placed = PairOps.partitionBy(pairs(2, List.of(new Tuple2<>("a", 1), new Tuple2<>("b", 2))),
                new HashPartitioner<>(2));
        Rdd<Tuple2<String, Integer>> wide = pairs(5, List.of(new Tuple2<>("a", 1), new Tuple2<>("b", 3)));
        AtomicInteger partitionersOffered = new AtomicInteger();
        Rdd<Tuple2<String, Integer>> both = PairSetOps.intersection(placed, wide, inputs -> {
            inputs.forEach(input -> assertNull(input.partitioner()));
            partitionersOffered.incrementAndGet();
            return PairOps.defaultPartitioner(null, inputs);
        });
        assertEquals(1, partitionersOffered.get());
        assertEquals(5, both.partitionCount());
        assertEquals(List.of(new Tuple2<>("a", 1)), Actions.collect(both));
    }
}

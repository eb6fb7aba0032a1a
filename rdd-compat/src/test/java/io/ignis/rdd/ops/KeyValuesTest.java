package io.ignis.rdd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Values changed in place keep the partitioner; keys and values taken out do not. */
class KeyValuesTest {
    private static RddContext context;

    @BeforeAll
    static void start() {
        context = new RddContext(Ignis.init(IgnisConfig.builder().localNodes(1).resources(Map.of("CPU", 2.0)).build()), true, 2);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Rdd<Tuple2<String, Integer>> placed() {
        return PairOps.partitionBy(new ParallelCollectionRdd<>(context, List.of(new Tuple2<>("a", 1), new Tuple2<>("b", 2), new Tuple2<>("a", 3)), 2),
                new HashPartitioner<>(2));
    }

    @Test
    void changedValuesKeepTheirKeysAndThePartitioner() {
        Rdd<Tuple2<String, Integer>> doubled = KeyValues.mapValues(placed(), v -> v * 2);
        assertEquals(new HashPartitioner<>(2), doubled.partitioner());
        assertEquals(Map.of("a", 6, "b", 4), KeyValues.collectAsMap(doubled), "the later (a, 6) wins over (a, 2)");
        Rdd<Tuple2<String, String>> spelled = KeyValues.flatMapValues(placed(), v -> List.of("x" + v, "y" + v).iterator());
        assertEquals(new HashPartitioner<>(2), spelled.partitioner());
        assertEquals(List.of(new Tuple2<>("b", "x2"), new Tuple2<>("b", "y2"), new Tuple2<>("a", "x1"), new Tuple2<>("a", "y1"),
                new Tuple2<>("a", "x3"), new Tuple2<>("a", "y3")), Actions.collect(spelled));
    }

    @Test
    void keysAndValuesComeOutWithoutAPartitioner() {
        Rdd<String> keys = KeyValues.keys(placed());
        Rdd<Integer> values = KeyValues.values(placed());
        assertNull(keys.partitioner());
        assertNull(values.partitioner());
        assertEquals(List.of("b", "a", "a"), Actions.collect(keys));
        assertEquals(List.of(2, 1, 3), Actions.collect(values));
    }
}

package io.ignis.rdd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.rdd.Dependency;
import io.ignis.rdd.NarrowDependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.ShuffleDependency;
import io.ignis.shuffle.HashPartitioner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.api.java.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Joins and cogroups on the engine: which values meet, what keeps the partitioner, what is read in place. */
class JoinsTest {
    private static RddContext context;

    @BeforeAll
    static void start() {
        context = new RddContext(Ignis.init(IgnisConfig.builder().localNodes(1).resources(Map.of("CPU", 4.0)).build()), true, 4);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static <K, V> Rdd<Tuple2<K, V>> pairs(int slices, List<Tuple2<K, V>> data) {
        return new ParallelCollectionRdd<>(context, data, slices);
    }

    private static List<String> sorted(Rdd<?> rdd) {
        List<String> out = new ArrayList<>();
        Actions.collect(rdd).forEach(item -> out.add(String.valueOf(item)));
        out.sort(null);
        return out;
    }

    private static Rdd<Tuple2<String, Integer>> left() {
        return pairs(2, List.of(new Tuple2<>("a", 1), new Tuple2<>("a", 2), new Tuple2<>("b", 3)));
    }

    private static Rdd<Tuple2<String, String>> right() {
        return pairs(3, List.of(new Tuple2<>("a", "x"), new Tuple2<>("a", "y"), new Tuple2<>("c", "z")));
    }

    @Test
    void joinPairsEveryLeftValueWithEveryRightValue() {
        Rdd<Tuple2<String, Tuple2<Integer, String>>> joined = Joins.join(left(), right(), new HashPartitioner<>(2));
        assertEquals(List.of("(a,(1,x))", "(a,(1,y))", "(a,(2,x))", "(a,(2,y))"), sorted(joined));
        assertEquals(new HashPartitioner<>(2), joined.partitioner());
        assertEquals(2, joined.partitionCount());
    }

    @Test
    void outerJoinsMarkTheMissingSide() {
        HashPartitioner<String> partitioner = new HashPartitioner<>(3);
        assertEquals(List.of("(a,(1,Optional[x]))", "(a,(1,Optional[y]))", "(a,(2,Optional[x]))", "(a,(2,Optional[y]))", "(b,(3,Optional.empty))"),
                sorted(Joins.leftOuterJoin(left(), right(), partitioner)));
        assertEquals(List.of("(a,(Optional[1],x))", "(a,(Optional[1],y))", "(a,(Optional[2],x))", "(a,(Optional[2],y))", "(c,(Optional.empty,z))"),
                sorted(Joins.rightOuterJoin(left(), right(), partitioner)));
        List<String> full = sorted(Joins.fullOuterJoin(left(), right(), partitioner));
        assertEquals(6, full.size());
        assertTrue(full.contains("(b,(Optional[3],Optional.empty))") && full.contains("(c,(Optional.empty,Optional[z]))"), full.toString());
        Tuple2<String, Tuple2<Optional<Integer>, Optional<String>>> first = Actions.first(
                Joins.fullOuterJoin(pairs(1, List.of(new Tuple2<>("k", 1))), pairs(1, List.<Tuple2<String, String>>of()), partitioner));
        assertEquals(Optional.empty(), first._2()._2());
    }

    @Test
    void aPresentNullFailsAsSparksOptionalOfDoes() {
        Rdd<Tuple2<String, String>> nullValue = pairs(1, Arrays.asList(new Tuple2<>("a", (String) null)));
        assertEquals(List.of("(a,(1,null))", "(a,(2,null))"), sorted(Joins.join(left(), nullValue, new HashPartitioner<>(1))));
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> Actions.collect(Joins.leftOuterJoin(left(), nullValue, new HashPartitioner<>(1))));
        assertInstanceOf(NullPointerException.class, failure.getCause());
    }

    @Test
    void aKeyWithManyValuesOnBothSidesStreamsItsProduct() {
        List<Tuple2<Integer, Integer>> many = IntStream.range(0, 1500).mapToObj(i -> new Tuple2<>(7, i)).toList();
        Rdd<Tuple2<Integer, Tuple2<Integer, Integer>>> joined = Joins.join(pairs(2, many), pairs(2, many), new HashPartitioner<>(1));
        long count = context.runJob(joined, (scope, items) -> {
            long seen = 0;
            while (items.hasNext()) {
                items.next();
                seen++;
            }
            return seen;
        }).get(0);
        assertEquals(1500L * 1500L, count);
    }

    @Test
    void cogroupsOfThreeAndFourAndSubtractByKey() {
        HashPartitioner<String> partitioner = new HashPartitioner<>(2);
        Rdd<Tuple2<String, Boolean>> third = pairs(1, List.of(new Tuple2<>("b", true)));
        assertEquals(List.of("(a,([1, 2],[x, y],[]))", "(b,([3],[],[true]))", "(c,([],[z],[]))"),
                sorted(Joins.cogroup(left(), right(), third, partitioner)));
        assertEquals(List.of("(a,([1, 2],[x, y],[],[]))", "(b,([3],[],[true],[true]))", "(c,([],[z],[],[]))"),
                sorted(Joins.cogroup(left(), right(), third, third, partitioner)));
        Rdd<Tuple2<String, Integer>> onlyB = Joins.subtractByKey(left(), right(), partitioner);
        assertEquals(List.of("(b,3)"), sorted(onlyB));
        assertEquals(partitioner, onlyB.partitioner());
    }

    @Test
    void inputsPlacedByThePartitionerAreReadInPlace() {
        HashPartitioner<String> partitioner = new HashPartitioner<>(3);
        Rdd<Tuple2<String, Integer>> placed = PairOps.partitionBy(left(), partitioner);
        Rdd<Tuple2<String, Tuple2<Integer, String>>> joined = Joins.join(placed, right(), partitioner);
        Rdd<?> cogrouped = joined.dependencies().get(0).rdd();
        assertInstanceOf(CoGroupedRdd.class, cogrouped);
        List<Dependency<?>> inputs = cogrouped.dependencies();
        assertInstanceOf(NarrowDependency.class, inputs.get(0));
        assertSame(placed, inputs.get(0).rdd());
        assertInstanceOf(ShuffleDependency.class, inputs.get(1));
        assertEquals(List.of("(a,(1,x))", "(a,(1,y))", "(a,(2,x))", "(a,(2,y))"), sorted(joined));
    }
}

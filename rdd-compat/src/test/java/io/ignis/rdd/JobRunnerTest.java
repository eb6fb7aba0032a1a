package io.ignis.rdd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.rdd.ops.CoGroupedRdd;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.ParallelCollectionRdd;
import io.ignis.rdd.ops.ShuffledRdd;
import io.ignis.shuffle.Aggregator;
import io.ignis.shuffle.HashPartitioner;
import io.ignis.shuffle.Shuffle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The planner on a real three-node runtime: fused chains, shuffles, persisted partitions, failures. */
class JobRunnerTest {
    private static RddContext context;

    @BeforeAll
    static void start() {
        context = new RddContext(Ignis.init(IgnisConfig.builder().localNodes(3).resources(Map.of("CPU", 2.0)).build()), true, 4);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static <T> List<T> collect(Rdd<T> rdd) {
        return io.ignis.rdd.ops.Actions.collect(rdd);
    }

    private static <T, U> Rdd<U> map(Rdd<T> rdd, io.ignis.api.function.IgnisFunc1<T, U> f) {
        return new MapPartitionsRdd<T, U>(rdd, (scope, index, items) -> io.ignis.rdd.ops.Functions.map(items, f), false);
    }

    @Test
    void fusedNarrowChainKeepsPartitionOrder() {
        Rdd<Integer> numbers = new ParallelCollectionRdd<>(context, IntStream.range(0, 100).boxed().toList(), 7);
        Rdd<Integer> squares = map(map(numbers, x -> x * 2), x -> x + 1);
        assertEquals(IntStream.range(0, 100).map(x -> x * 2 + 1).boxed().toList(), collect(squares));
        assertEquals(7, squares.partitionCount());
    }

    @Test
    void shuffleCombinesAndIsReusedByTheNextAction() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            words.add("w" + (i % 37));
        }
        Rdd<Tuple2<String, Integer>> pairs = map(new ParallelCollectionRdd<>(context, words, 5), w -> new Tuple2<>(w, 1));
        Aggregator<Integer, Integer> sum = new Aggregator<>(v -> v, Integer::sum, Integer::sum);
        ShuffledRdd<String, Integer, Integer> counts = new ShuffledRdd<>(pairs, new Shuffle.Spec<>(new HashPartitioner<>(3), sum, true,
                (Comparator<String> & java.io.Serializable) String::compareTo));
        int jobsBefore = context.jobsStarted();
        Map<String, Integer> result = new TreeMap<>();
        for (Tuple2<String, Integer> pair : collect(counts)) {
            result.put(pair._1(), pair._2());
        }
        assertEquals(37, result.size());
        assertEquals(1000, result.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(collect(counts), collect(counts), "the second action reads the same shuffle output");
        assertEquals(jobsBefore + 3, context.jobsStarted());
    }

    @Test
    void cogroupReadsCoPartitionedParentInPlace() {
        HashPartitioner<Integer> partitioner = new HashPartitioner<>(4);
        Rdd<Tuple2<Integer, String>> left = new ShuffledRdd<>(map(new ParallelCollectionRdd<>(context, List.of(1, 2, 3, 4), 2),
                x -> new Tuple2<>(x, "L" + x)), new Shuffle.Spec<Integer, String, String>(partitioner, null, false, null));
        Rdd<Tuple2<Integer, String>> right = map(new ParallelCollectionRdd<>(context, List.of(2, 4, 6), 3), x -> new Tuple2<>(x, "R" + x));
        CoGroupedRdd<Integer> grouped = new CoGroupedRdd<>(List.of(left, right), partitioner);
        assertTrue(grouped.dependencies().get(0) instanceof NarrowDependency<?>);
        assertTrue(grouped.dependencies().get(1) instanceof ShuffleDependency<?, ?, ?>);
        Map<Integer, List<List<Object>>> byKey = new TreeMap<>();
        for (Tuple2<Integer, List<List<Object>>> pair : collect(grouped)) {
            byKey.put(pair._1(), pair._2());
        }
        assertEquals(List.of(List.of("L2"), List.of("R2")), byKey.get(2));
        assertEquals(List.of(List.of(), List.of("R6")), byKey.get(6));
        assertEquals(List.of(List.of("L1"), List.of()), byKey.get(1));
    }

    static final AtomicInteger COMPUTED = new AtomicInteger();

    @Test
    void persistedPartitionsAreComputedOnce() {
        Rdd<Integer> counted = map(new ParallelCollectionRdd<>(context, IntStream.range(0, 50).boxed().toList(), 5), x -> {
            COMPUTED.incrementAndGet();
            return x;
        });
        counted.persist(new Persistence(false, true, false, true, 1));
        COMPUTED.set(0);
        assertEquals(50, collect(counted).size());
        assertEquals(50, collect(map(counted, x -> x + 1)).size());
        assertEquals(50, COMPUTED.get());
        counted.unpersist();
        collect(counted);
        assertEquals(100, COMPUTED.get());
    }

    @Test
    void serializedLevelsKeepBytesAndGiveEachReaderItsOwnElements() {
        Rdd<List<Integer>> lists = map(new ParallelCollectionRdd<>(context, IntStream.range(0, 20).boxed().toList(), 4),
                x -> new ArrayList<>(List.of(x)));
        lists.persist(new Persistence(true, true, false, false, 1)); // MEMORY_AND_DISK_SER
        assertEquals(20, collect(lists).size());
        assertTrue(lists.persistedRef(0).get() instanceof byte[], "a serialized level keeps the partition as bytes");
        assertEquals(collect(lists), collect(map(lists, x -> x)));
        lists.unpersist();
    }

    @Test
    void taskFailureCarriesTheUsersException() {
        Rdd<Integer> failing = map(new ParallelCollectionRdd<>(context, List.of(1, 2, 3), 3), x -> {
            if (x == 2) {
                throw new IllegalStateException("bad element " + x);
            }
            return x;
        });
        JobFailedException failure = assertThrows(JobFailedException.class, () -> collect(failing));
        assertInstanceOf(RuntimeException.class, failure.getCause());
        assertTrue(String.valueOf(failure.getCause().getMessage()).contains("bad element 2")
                || String.valueOf(failure.getCause().getCause()).contains("bad element 2"), String.valueOf(failure.getCause()));
    }

    @Test
    void closureThatCannotBeSerializedFailsAtSubmit() {
        Object notSerializable = new Object();
        Rdd<Integer> rdd = map(new ParallelCollectionRdd<>(context, List.of(1), 1), x -> x + notSerializable.hashCode());
        TaskNotSerializableException failure = assertThrows(TaskNotSerializableException.class, () -> collect(rdd));
        assertTrue(failure.getMessage().contains("java.lang.Object"), failure.getMessage());
    }
}

package org.apache.spark.api.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.TaskContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The Java API end to end on an embedded runtime ({@code local[4]}): what a Spark user sees. */
class JavaSparkContextTest {
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[4]").setAppName("JavaSparkContextTest"));
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void parallelizeSlicesAsSparkDoes() {
        JavaRDD<Integer> rdd = sc.parallelize(IntStream.range(0, 10).boxed().toList(), 3);
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8, 9)), rdd.glom().collect());
        assertEquals(4, sc.parallelize(List.of(1, 2)).getNumPartitions(), "default parallelism of local[4]");
        assertEquals(4, (int) sc.defaultParallelism());
        assertEquals(2, (int) sc.defaultMinPartitions());
    }

    @Test
    void wordCount() {
        JavaRDD<String> lines = sc.parallelize(List.of("a b a", "c b a", "", "d"), 2);
        Map<String, Integer> counts = new TreeMap<>(lines.flatMap(line -> Arrays.asList(line.split(" ")).iterator())
                .filter(word -> !word.isEmpty())
                .mapToPair(word -> new Tuple2<>(word, 1))
                .reduceByKey(Integer::sum)
                .collectAsMap());
        assertEquals(Map.of("a", 3, "b", 2, "c", 1, "d", 1), counts);
    }

    @Test
    void sortsAndTakes() {
        JavaRDD<Integer> rdd = sc.parallelize(List.of(5, 3, 9, 1, 7, 2, 8), 3);
        assertEquals(List.of(1, 2, 3, 5, 7, 8, 9), rdd.sortBy(x -> x, true, 3).collect());
        assertEquals(List.of(9, 8, 7, 5, 3, 2, 1), rdd.sortBy(x -> x, false, 2).collect());
        assertEquals(List.of(9, 8), rdd.top(2));
        assertEquals(List.of(1, 2, 3), rdd.takeOrdered(3));
        assertEquals(List.of(5, 3, 9), rdd.take(3));
        assertEquals(5, rdd.first());
        assertEquals(35, rdd.reduce(Integer::sum));
        assertEquals(35 + 3 * 10 + 10, rdd.fold(10, Integer::sum), "the zero value is folded once per partition and once more");
        assertEquals(7L, rdd.count());
        assertEquals(List.of(1, 2, 3, 5, 7, 8, 9), rdd.distinct().sortBy(x -> x, true, 1).collect());
    }

    @Test
    void accumulatorsCountEachTaskOnce() {
        LongAccumulator seen = sc.sc().longAccumulator("seen");
        DoubleAccumulator total = sc.sc().doubleAccumulator();
        CollectionAccumulator<Integer> odd = sc.sc().collectionAccumulator();
        sc.parallelize(IntStream.rangeClosed(1, 100).boxed().toList(), 5).foreach(x -> {
            seen.add(1);
            total.add(x / 2.0);
            if (x % 2 == 1) {
                odd.add(x);
            }
        });
        assertEquals(100L, seen.value());
        assertEquals(2525.0, total.value(), 1e-9);
        assertEquals(50, odd.value().size());
        assertTrue(seen.toString().startsWith("LongAccumulator(id: "), seen.toString());
    }

    @Test
    void taskFailureIsSparkExceptionWithTheCause() {
        JavaRDD<Integer> rdd = sc.parallelize(List.of(1, 2, 3), 3).map(x -> {
            if (x == 2) {
                throw new IllegalArgumentException("no twos");
            }
            return x;
        });
        Exception failure = assertThrows(Exception.class, rdd::collect);
        assertInstanceOf(SparkException.class, failure);
        assertInstanceOf(IllegalArgumentException.class, failure.getCause());
        assertEquals("no twos", failure.getCause().getMessage());
        assertTrue(failure.getMessage().startsWith("Job aborted due to stage failure: Task 1 in stage"), failure.getMessage());
    }

    @Test
    void nonSerializableClosureFailsAtSubmitNamingTheClass() {
        Object culprit = new Object() {
            @Override
            public String toString() {
                return "culprit";
            }
        };
        JavaRDD<String> rdd = sc.parallelize(List.of(1), 1).map(x -> culprit.toString());
        Exception failure = assertThrows(Exception.class, rdd::collect);
        assertInstanceOf(SparkException.class, failure);
        assertEquals("Task not serializable", failure.getMessage());
        assertTrue(String.valueOf(failure.getCause().getMessage()).contains("JavaSparkContextTest$"), failure.getCause().getMessage());
    }

    @Test
    void taskContextTellsThePartition() {
        List<Integer> partitions = sc.parallelize(List.of("a", "b", "c", "d"), 4)
                .map(x -> TaskContext.get().partitionId()).collect();
        assertEquals(List.of(0, 1, 2, 3), partitions);
    }

    @Test
    void cachedRddIsListedAndComputedOnce() {
        LongAccumulator computed = sc.sc().longAccumulator();
        JavaRDD<Integer> cached = sc.parallelize(List.of(1, 2, 3, 4), 2).map(x -> {
            computed.add(1);
            return x * 10;
        }).persist(StorageLevel.MEMORY_AND_DISK());
        assertEquals(4L, cached.count());
        assertEquals(List.of(10, 20, 30, 40), cached.collect());
        assertEquals(4L, computed.value());
        assertTrue(sc.getPersistentRDDs().containsKey(cached.id()));
        assertEquals(StorageLevel.MEMORY_AND_DISK(), cached.getStorageLevel());
        cached.unpersist();
        assertEquals(StorageLevel.NONE(), cached.getStorageLevel());
    }

    @Test
    void asyncActionsCompleteAndCancel() throws Exception {
        JavaFutureAction<Long> count = sc.parallelize(List.of(1, 2, 3), 3).countAsync();
        assertEquals(3L, count.get(30, TimeUnit.SECONDS));
        JavaFutureAction<Void> slow = sc.parallelize(List.of(1, 2), 2).foreachAsync(x -> Thread.sleep(60_000));
        Thread.sleep(500);
        assertTrue(slow.cancel(true));
        assertThrows(CancellationException.class, slow::get);
    }

    @Test
    void joinsAndGroups() {
        JavaPairRDD<String, Integer> left = sc.parallelizePairs(List.of(new Tuple2<>("a", 1), new Tuple2<>("b", 2), new Tuple2<>("a", 3)), 2);
        List<String> groups = new ArrayList<>();
        for (Tuple2<String, Iterable<Integer>> group : left.groupBy(pair -> pair._1()).mapValues(values -> {
            List<Integer> numbers = new ArrayList<>();
            values.forEach(pair -> numbers.add(pair._2()));
            numbers.sort(null);
            return numbers;
        }).sortByKey().collect().stream().map(t -> new Tuple2<String, Iterable<Integer>>(t._1(), t._2())).toList()) {
            groups.add(group._1() + "=" + group._2());
        }
        assertEquals(List.of("a=[1, 3]", "b=[2]"), groups);
    }

    @Test
    void addedFilesAreFoundByNameInTasks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("lookup.txt");
        java.nio.file.Files.writeString(file, "42");
        sc.addFile(file.toString());
        List<String> read = sc.parallelize(List.of(1, 2), 2)
                .map(x -> java.nio.file.Files.readString(java.nio.file.Path.of(org.apache.spark.SparkFiles.get("lookup.txt"))))
                .collect();
        assertEquals(List.of("42", "42"), read);
        assertEquals("42", java.nio.file.Files.readString(java.nio.file.Path.of(org.apache.spark.SparkFiles.get("lookup.txt"))));
    }

    @Test
    void rangePartitionerBuiltFromAnRdd() {
        JavaPairRDD<Integer, String> pairs = sc.parallelizePairs(IntStream.range(0, 40).map(i -> (i * 17) % 40)
                .mapToObj(i -> new Tuple2<>(i, "v" + i)).toList(), 3);
        scala.math.Ordering<Integer> ordering = scala.math.Ordering$.MODULE$.comparatorToOrdering(
                (java.util.Comparator<Integer> & java.io.Serializable) Integer::compare);
        org.apache.spark.RangePartitioner<Integer, String> ranges =
                new org.apache.spark.RangePartitioner<>(4, pairs.rdd(), true, ordering, io.ignis.rdd.compat.Wrap.tag());
        assertEquals(4, ranges.numPartitions());
        List<List<Tuple2<Integer, String>>> parts = pairs.partitionBy(ranges).glom().collect();
        int last = -1;
        for (List<Tuple2<Integer, String>> part : parts) {
            assertEquals(10, part.size(), "equal ranges of 40 distinct keys");
            for (Tuple2<Integer, String> pair : part) {
                assertTrue(pair._1() > last || part.indexOf(pair) > 0, "ranges in key order");
            }
            last = part.stream().mapToInt(Tuple2::_1).max().orElse(last);
        }
        assertEquals(ranges, pairs.partitionBy(ranges).partitioner().get());
    }
}

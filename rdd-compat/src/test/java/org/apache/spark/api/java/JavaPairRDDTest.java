package org.apache.spark.api.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.rdd.Dependency;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.ShuffleDependency;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.RangePartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.partial.BoundedDouble;
import org.apache.spark.partial.PartialResult;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * JavaPairRDD on an embedded runtime ({@code local[4]}), checked against what Spark 4.2.0 answers
 * for the same calls: results, partition counts and partitioners after each operation, errors.
 */
class JavaPairRDDTest {
    private static JavaSparkContext sc;
    /** (a,1) | (b,2) | (a,3) (c,4): three partitions, no partitioner. */
    private static JavaPairRDD<String, Integer> left;
    /** (a,10) (d,40) (c,null) over five partitions. */
    private static JavaPairRDD<String, Integer> right;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[4]").setAppName("JavaPairRDDTest"));
        left = sc.parallelizePairs(Arrays.asList(pair("a", 1), pair("b", 2), pair("a", 3), pair("c", 4)), 3);
        right = sc.parallelizePairs(Arrays.asList(pair("a", 10), pair("d", 40), pair("c", null)), 5);
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    private static <K, V> Tuple2<K, V> pair(K key, V value) {
        return new Tuple2<>(key, value);
    }

    /** The elements' strings, sorted: for results whose order Spark does not fix either. */
    private static List<String> sorted(List<?> items) {
        List<String> out = new ArrayList<>();
        items.forEach(item -> out.add(String.valueOf(item)));
        out.sort(null);
        return out;
    }

    /** Each partition's elements as a sorted set of strings. */
    private static List<Set<String>> placement(JavaPairRDD<?, ?> rdd) {
        List<Set<String>> out = new ArrayList<>();
        for (List<? extends Tuple2<?, ?>> partition : rdd.glom().collect()) {
            Set<String> strings = new TreeSet<>();
            partition.forEach(item -> strings.add(String.valueOf(item)));
            out.add(strings);
        }
        return out;
    }

    /** The distinct shuffles in the lineage of {@code rdd}. */
    private static int shuffles(JavaPairRDD<?, ?> rdd) {
        Set<Integer> shuffleIds = new TreeSet<>();
        collectShuffles(rdd.rdd().ignisRdd(), shuffleIds);
        return shuffleIds.size();
    }

    private static void collectShuffles(Rdd<?> rdd, Set<Integer> shuffleIds) {
        for (Dependency<?> dependency : rdd.dependencies()) {
            if (dependency instanceof ShuffleDependency<?, ?, ?> shuffle) {
                shuffleIds.add(shuffle.shuffleId());
            }
            collectShuffles(dependency.rdd(), shuffleIds);
        }
    }

    private static Optional<Partitioner> hash(int partitions) {
        return Optional.of(new HashPartitioner(partitions));
    }

    @Test
    void reduceAndCombineByKeyUseSparksDefaultPartitioner() {
        JavaPairRDD<String, Integer> sums = left.reduceByKey(Integer::sum);
        assertEquals(List.of("(a,4)", "(b,2)", "(c,4)"), sorted(sums.collect()));
        assertEquals(3, sums.getNumPartitions(), "the widest parent's count");
        assertEquals(hash(3), sums.partitioner());
        assertEquals(2, left.reduceByKey(Integer::sum, 2).getNumPartitions());
        assertEquals(hash(4), left.reduceByKey(new HashPartitioner(4), Integer::sum).partitioner());

        JavaPairRDD<String, List<Integer>> lists = left.combineByKey(v -> new ArrayList<>(List.of(v)), (list, v) -> {
            list.add(v);
            return list;
        }, (one, other) -> {
            one.addAll(other);
            return one;
        });
        assertEquals(List.of("(a,[1, 3])", "(b,[2])", "(c,[4])"), sorted(lists.collect()));
        assertEquals(hash(6), left.combineByKey(v -> v, Integer::sum, Integer::sum, 6).partitioner());
        JavaPairRDD<String, Integer> withSerializer = left.combineByKey(v -> v, Integer::sum, Integer::sum, new HashPartitioner(3), false, null);
        assertEquals(List.of("(a,4)", "(b,2)", "(c,4)"), sorted(withSerializer.collect()));

        // Already placed by the partitioner: combined where it is.
        JavaPairRDD<String, Integer> placed = left.partitionBy(new HashPartitioner(2));
        assertEquals(1, shuffles(placed.reduceByKey(Integer::sum)), "only partitionBy's shuffle");
        assertEquals(List.of("(a,4)", "(b,2)", "(c,4)"), sorted(placed.reduceByKey(Integer::sum).collect()));
        assertSame(placed.rdd().ignisRdd(), placed.partitionBy(new HashPartitioner(2)).rdd().ignisRdd());
    }

    @Test
    void foldAndAggregateGiveEveryKeyItsOwnZero() {
        JavaPairRDD<String, List<Integer>> collected = left.aggregateByKey(new ArrayList<Integer>(), 1, (list, v) -> {
            list.add(v);
            return list;
        }, (one, other) -> {
            one.addAll(other);
            return one;
        });
        assertEquals(List.of("(a,[1, 3])", "(b,[2])", "(c,[4])"), sorted(collected.collect()), "a mutable zero is not shared by keys");
        assertEquals(1, collected.getNumPartitions());

        JavaPairRDD<String, Integer> twoOnes = sc.parallelizePairs(List.of(pair("a", 1), pair("a", 2)), 2);
        assertEquals(List.of(pair("a", 23)), twoOnes.foldByKey(10, Integer::sum).collect(), "the zero once per key and map task");
        assertEquals(List.of(pair("a", 13)), twoOnes.coalesce(1).foldByKey(10, new HashPartitioner(1), Integer::sum).collect());
        assertEquals(List.of(pair("a", 33)), twoOnes.foldByKey(10, 3, Integer::sum).mapValues(v -> v + 10).collect());
        assertEquals(hash(5), twoOnes.aggregateByKey(0, new HashPartitioner(5), Integer::sum, Integer::sum).partitioner());

        assertThrows(NotSerializableException.class, () -> left.aggregateByKey(new Object(), (zero, v) -> zero, (one, other) -> one));
    }

    @Test
    void groupByKeyGroupsPrintAsInSparksJavaApi() {
        JavaPairRDD<String, Iterable<Integer>> groups = left.groupByKey();
        assertEquals(List.of("(a,[1, 3])", "(b,[2])", "(c,[4])"), sorted(groups.collect()));
        assertEquals(3, groups.getNumPartitions());
        assertEquals(hash(2), left.groupByKey(2).partitioner());
        assertEquals(hash(7), left.groupByKey(new HashPartitioner(7)).partitioner());
    }

    @Test
    void joinsKeepOrDropKeysAsSparkDoes() {
        JavaPairRDD<String, Integer> noNulls = right.filter(pair -> pair._2() != null);
        assertEquals(List.of("(a,(1,10))", "(a,(3,10))", "(c,(4,null))"), sorted(left.join(right).collect()));
        assertEquals(5, left.join(right).getNumPartitions());
        assertEquals(hash(5), left.join(right).partitioner());
        assertEquals(List.of("(a,(1,Optional[10]))", "(a,(3,Optional[10]))", "(b,(2,Optional.empty))", "(c,(4,Optional.empty))"),
                sorted(left.leftOuterJoin(noNulls).collect()));
        assertEquals(List.of("(a,(Optional[1],10))", "(a,(Optional[3],10))", "(c,(Optional[4],null))", "(d,(Optional.empty,40))"),
                sorted(left.rightOuterJoin(right, 2).collect()));
        assertEquals(List.of("(a,(Optional[1],Optional[10]))", "(a,(Optional[3],Optional[10]))", "(b,(Optional[2],Optional.empty))",
                "(c,(Optional[4],Optional.empty))", "(d,(Optional.empty,Optional[40]))"),
                sorted(left.fullOuterJoin(noNulls, new HashPartitioner(3)).collect()));
        assertEquals(hash(3), left.fullOuterJoin(noNulls, new HashPartitioner(3)).partitioner());
        assertEquals(4, left.leftOuterJoin(right, 4).getNumPartitions());
        assertEquals(List.of(), left.join(sc.parallelizePairs(List.of(pair("z", 0)), 2)).collect());

        // Spark marks a present side with Optional.of, which refuses the null value (c, null).
        Exception failure = assertThrows(Exception.class, () -> left.leftOuterJoin(right).collect());
        assertInstanceOf(SparkException.class, failure);
        assertInstanceOf(NullPointerException.class, failure.getCause());
        assertThrows(NullPointerException.class, () -> left.join(right, (Partitioner) null));
    }

    @Test
    void coPartitionedJoinsDoNotShuffleAgain() {
        JavaPairRDD<String, Integer> placedLeft = left.partitionBy(new HashPartitioner(4));
        JavaPairRDD<String, Integer> placedRight = right.reduceByKey((x, y) -> x, 4);
        JavaPairRDD<String, Tuple2<Integer, Integer>> joined = placedLeft.join(placedRight);
        assertEquals(hash(4), joined.partitioner(), "the inputs' partitioner is the default");
        assertEquals(2, shuffles(joined), "the two shuffles that placed the inputs, none for the join");
        assertEquals(List.of("(a,(1,10))", "(a,(3,10))", "(c,(4,null))"), sorted(joined.collect()));
        assertEquals(2, shuffles(placedLeft.join(right)), "only the unplaced side moves");
        assertEquals(2, shuffles(placedLeft.cogroup(placedRight, placedRight.mapValues(v -> 0))));
    }

    @Test
    void cogroupWithOneTwoAndThreeOthers() {
        assertEquals(List.of("(a,([1, 3],[10]))", "(b,([2],[]))", "(c,([4],[null]))", "(d,([],[40]))"), sorted(left.cogroup(right).collect()));
        assertEquals(5, left.cogroup(right).getNumPartitions());
        assertEquals(5, left.groupWith(right).getNumPartitions());
        JavaPairRDD<String, Integer> reduced = left.reduceByKey(Integer::sum, 2);
        JavaPairRDD<String, Integer> wide = sc.parallelizePairs(List.of(pair("a", 0)), 7);
        assertEquals(2, left.cogroup(right, reduced, wide).getNumPartitions(), "an existing partitioner within 10x of the widest is reused");
        assertEquals(List.of("(a,([1, 3],[10],[4],[0]))", "(b,([2],[],[2],[]))", "(c,([4],[null],[4],[]))", "(d,([],[40],[],[]))"),
                sorted(left.groupWith(right, reduced, wide).collect()));
        assertEquals(List.of("(a,([1, 3],[10],[4]))", "(b,([2],[],[2]))", "(c,([4],[null],[4]))", "(d,([],[40],[]))"),
                sorted(left.cogroup(right, reduced, 3).collect()));
        assertEquals(hash(3), left.cogroup(right, reduced, 3).partitioner());
        assertEquals(hash(6), left.cogroup(right, reduced, wide, new HashPartitioner(6)).partitioner());
        assertEquals(2, left.groupWith(right, reduced).getNumPartitions());
        Tuple2<Iterable<Integer>, Iterable<Integer>> groupsOfA = left.cogroup(right, 1).lookup("a").get(0);
        assertEquals("([1, 3],[10])", groupsOfA.toString());
    }

    @Test
    void subtractAndSubtractByKey() {
        JavaPairRDD<String, Integer> reduced = left.reduceByKey(Integer::sum, 2);
        JavaPairRDD<String, Integer> other = right.reduceByKey((x, y) -> x, 2);
        JavaPairRDD<String, Integer> difference = reduced.subtract(other);
        assertEquals(List.of(Set.of("(b,2)"), Set.of("(a,4)", "(c,4)")), placement(difference), "placed by key through the own partitioner");
        assertEquals(Optional.empty(), difference.partitioner());
        assertEquals(List.of("(a,1)", "(a,3)", "(b,2)", "(c,4)"), sorted(left.subtract(right).collect()));
        assertEquals(3, left.subtract(right).getNumPartitions());
        assertEquals(2, left.subtract(right, 2).getNumPartitions());
        assertEquals(List.of(pair("b", 2)), left.subtract(sc.parallelizePairs(Arrays.asList(pair("a", 1), pair("a", 3), pair("c", 4)), 2),
                new HashPartitioner(3)).collect());

        JavaPairRDD<String, Integer> withoutKeys = reduced.subtractByKey(right);
        assertEquals(List.of(pair("b", 2)), withoutKeys.collect());
        assertEquals(hash(2), withoutKeys.partitioner());
        assertEquals(hash(3), left.subtractByKey(right).partitioner());
        assertEquals(List.of("(b,2)"), sorted(left.subtractByKey(right, 4).collect()));
        assertEquals(hash(4), left.subtractByKey(right, new HashPartitioner(4)).partitioner());
    }

    @Test
    void unionKeepsASharedPartitioner() {
        JavaPairRDD<String, Integer> reduced = left.reduceByKey(Integer::sum, 2);
        JavaPairRDD<String, Integer> other = right.reduceByKey((x, y) -> x, 2);
        JavaPairRDD<String, Integer> aligned = reduced.union(other);
        assertEquals(2, aligned.getNumPartitions());
        assertEquals(hash(2), aligned.partitioner());
        assertEquals(List.of(Set.of("(b,2)", "(d,40)"), Set.of("(a,4)", "(c,4)", "(a,10)", "(c,null)")), placement(aligned));
        assertEquals(2, shuffles(aligned.reduceByKey(Integer::sum)), "the inputs' two, none after the aligned union");
        JavaPairRDD<String, Integer> plain = left.union(right);
        assertEquals(8, plain.getNumPartitions());
        assertEquals(Optional.empty(), plain.partitioner());
        assertEquals(7, plain.count());
    }

    @Test
    void intersectionAndDistinctChooseSparksPartitions() {
        JavaPairRDD<String, Integer> reduced = left.reduceByKey(Integer::sum, 2);
        JavaPairRDD<String, Integer> twice = left.union(left);
        assertEquals(List.of("(a,1)", "(a,3)", "(b,2)", "(c,4)"), sorted(twice.distinct().collect()));
        assertEquals(6, twice.distinct().getNumPartitions());
        assertEquals(2, twice.distinct(2).getNumPartitions());
        assertEquals(hash(2), reduced.distinct().partitioner(), "deduplicated in place when already partitioned");
        assertEquals(List.of("(a,1)", "(c,4)"), sorted(twice.intersection(sc.parallelizePairs(List.of(pair("a", 1), pair("c", 4), pair("d", 1)))).collect()));
        assertEquals(3, reduced.intersection(left).getNumPartitions(), "the re-keyed inputs have no partitioner");
        assertEquals(Optional.empty(), reduced.intersection(reduced).partitioner());
    }

    @Test
    void sortByKeyOverloads() {
        JavaPairRDD<Integer, String> numbers = sc.parallelizePairs(List.of(pair(5, "e"), pair(1, "a"), pair(9, "i"), pair(3, "c"), pair(7, "g"),
                pair(2, "b")), 3);
        JavaPairRDD<Integer, String> sorted = numbers.sortByKey();
        assertEquals(List.of(List.of(pair(1, "a"), pair(2, "b")), List.of(pair(3, "c"), pair(5, "e")), List.of(pair(7, "g"), pair(9, "i"))),
                sorted.glom().collect());
        assertInstanceOf(RangePartitioner.class, sorted.partitioner().get());
        assertEquals(List.of(9, 7, 5, 3, 2, 1), numbers.sortByKey(false).keys().collect());
        assertEquals(List.of(9, 7, 5, 3, 2, 1), numbers.sortByKey(false, 2).keys().collect());
        assertEquals(2, numbers.sortByKey(false, 2).getNumPartitions());
        Comparator<Integer> byLastDigitOfTriple = (Comparator<Integer> & Serializable) (x, y) -> Integer.compare(x * 3 % 10, y * 3 % 10);
        assertEquals(List.of(7, 1, 5, 2, 9, 3), numbers.sortByKey(byLastDigitOfTriple).keys().collect(), "21, 3, 15, 6, 27, 9");
        assertEquals(List.of(3, 9, 2, 5, 1, 7), numbers.sortByKey(byLastDigitOfTriple, false).keys().collect());
        assertEquals(1, numbers.sortByKey(byLastDigitOfTriple, true, 1).getNumPartitions());
        assertEquals(1, numbers.sortByKey(true, 0).getNumPartitions(), "0 partitions means 1, as in Spark");
        assertTrue(numbers.sortByKey(true, 10).getNumPartitions() <= 6, "no more ranges than keys");
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> numbers.sortByKey(true, -1));
        assertEquals("requirement failed: Number of partitions cannot be negative but found -1.", negative.getMessage());

        Comparator<Integer> notSerializable = (x, y) -> Integer.compare(y, x);
        Exception failure = assertThrows(Exception.class, () -> numbers.sortByKey(notSerializable, true, 2).collect());
        assertInstanceOf(SparkException.class, failure);
        assertEquals("Task not serializable", failure.getMessage());
        assertInstanceOf(NotSerializableException.class, failure.getCause());
    }

    @Test
    void repartitionAndSortWithinPartitions() {
        JavaPairRDD<Integer, String> numbers = sc.parallelizePairs(List.of(pair(5, "e"), pair(1, "a"), pair(9, "i"), pair(3, "c"), pair(7, "g"),
                pair(2, "b")), 3);
        JavaPairRDD<Integer, String> sortedWithin = numbers.repartitionAndSortWithinPartitions(new HashPartitioner(2));
        assertEquals(List.of(List.of(pair(2, "b")), List.of(pair(1, "a"), pair(3, "c"), pair(5, "e"), pair(7, "g"), pair(9, "i"))),
                sortedWithin.glom().collect());
        assertEquals(hash(2), sortedWithin.partitioner());
        Comparator<Integer> descending = (Comparator<Integer> & Serializable) (x, y) -> Integer.compare(y, x);
        JavaPairRDD<Integer, String> placed = numbers.partitionBy(new HashPartitioner(2));
        JavaPairRDD<Integer, String> resorted = placed.repartitionAndSortWithinPartitions(new HashPartitioner(2), descending);
        assertEquals(List.of(List.of(pair(2, "b")), List.of(pair(9, "i"), pair(7, "g"), pair(5, "e"), pair(3, "c"), pair(1, "a"))),
                resorted.glom().collect());
        assertEquals(1, shuffles(resorted), "sorted in place when already placed");
    }

    @Test
    void filterByRangeReadsOnlyTheRangesPartitions() {
        JavaPairRDD<Integer, String> numbers = sc.parallelizePairs(List.of(pair(5, "e"), pair(1, "a"), pair(9, "i"), pair(3, "c"), pair(7, "g"),
                pair(2, "b")), 3);
        JavaPairRDD<Integer, String> sorted = numbers.sortByKey(true, 3);
        JavaPairRDD<Integer, String> range = sorted.filterByRange(2, 4);
        assertEquals(List.of(pair(2, "b"), pair(3, "c")), range.collect());
        assertEquals(2, range.getNumPartitions(), "the partitions of 2 and of 4");
        assertEquals(Optional.empty(), range.partitioner());
        assertEquals(List.of(), sorted.filterByRange(4, 2).collect());
        assertEquals(2, sorted.filterByRange(4, 2).getNumPartitions());
        JavaPairRDD<Integer, String> unsorted = numbers.filterByRange(2, 4);
        assertEquals(3, unsorted.getNumPartitions());
        assertEquals(List.of(pair(3, "c"), pair(2, "b")), unsorted.collect());
        Comparator<Integer> descending = (Comparator<Integer> & Serializable) (x, y) -> Integer.compare(y, x);
        assertEquals(List.of(pair(7, "g"), pair(9, "i")), sorted.filterByRange(descending, 9, 6).collect());
    }

    @Test
    void lookupRunsOnTheKeysPartitionWhenThePartitionerIsKnown() {
        LongAccumulator computed = sc.sc().longAccumulator();
        JavaPairRDD<String, Integer> placed = left.partitionBy(new HashPartitioner(4)).mapPartitionsToPair(pairs -> {
            computed.add(1);
            return pairs;
        }, true);
        assertEquals(List.of(1, 3), placed.lookup("a"));
        assertEquals(1L, computed.value(), "one partition computed");
        assertEquals(List.of(), placed.lookup("zz"));
        JavaPairRDD<String, Integer> unplaced = left.mapPartitionsToPair(pairs -> {
            computed.add(1);
            return pairs;
        });
        computed.reset();
        assertEquals(List.of(4), unplaced.lookup("c"));
        assertEquals(3L, computed.value(), "every partition scanned");
        assertEquals(List.of(1), sc.parallelizePairs(List.of(pair((String) null, 1), pair("x", 2)), 2).lookup(null));
    }

    @Test
    void countsAndLocalReductions() {
        assertEquals(Map.of("a", 2L, "b", 1L, "c", 1L), left.countByKey());
        PartialResult<Map<String, BoundedDouble>> approximate = left.countByKeyApprox(1000);
        assertTrue(approximate.isInitialValueFinal());
        assertEquals(new BoundedDouble(2, 1.0, 2, 2), approximate.getFinalValue().get("a"));
        IllegalArgumentException confidence = assertThrows(IllegalArgumentException.class, () -> left.countByKeyApprox(1000, 1.5));
        assertEquals("requirement failed: confidence (1.5) must be in [0,1]", confidence.getMessage());

        assertEquals(Map.of("a", 4, "b", 2, "c", 4), left.reduceByKeyLocally(Integer::sum));
        assertEquals(Map.of(), sc.parallelizePairs(new ArrayList<Tuple2<String, Integer>>(), 2).reduceByKeyLocally(Integer::sum));
        assertEquals(Map.of("a", 2), sc.parallelizePairs(List.of(pair("a", 1), pair("a", 2)), 2).collectAsMap(), "the later pair wins");

        JavaPairRDD<String, Integer> repeats = sc.parallelizePairs(Arrays.asList(pair("a", 1), pair("a", 1), pair("a", 2), pair("b", null)), 2);
        assertEquals(List.of("(a,2)", "(b,1)"), sorted(repeats.countApproxDistinctByKey(0.05).collect()), "exact");
        assertEquals(hash(2), repeats.countApproxDistinctByKey(0.05).partitioner());
        assertEquals(hash(3), repeats.countApproxDistinctByKey(0.01, 3).partitioner());
        assertEquals(hash(5), repeats.countApproxDistinctByKey(0.01, new HashPartitioner(5)).partitioner());
        IllegalArgumentException accuracy = assertThrows(IllegalArgumentException.class, () -> repeats.countApproxDistinctByKey(0.000017));
        assertEquals("requirement failed: accuracy (1.7E-5) must be greater than 0.000017", accuracy.getMessage());
    }

    @Test
    void valuesKeysAndWhatKeepsThePartitioner() {
        JavaPairRDD<String, Integer> reduced = left.reduceByKey(Integer::sum, 2);
        assertEquals(hash(2), reduced.mapValues(v -> v * 2).partitioner());
        assertEquals(hash(2), reduced.filter(pair -> pair._2() > 2).partitioner());
        JavaPairRDD<String, Integer> expanded = reduced.flatMapValues(v -> List.of(v, v * 10).iterator());
        assertEquals(hash(2), expanded.partitioner());
        assertEquals(List.of("(a,4)", "(a,40)", "(b,2)", "(b,20)", "(c,4)", "(c,40)"), sorted(expanded.collect()));
        assertEquals(Optional.empty(), reduced.keys().partitioner());
        assertEquals(Optional.empty(), reduced.values().partitioner());
        assertEquals(List.of("a", "b", "a", "c"), left.keys().collect());
        assertEquals(List.of(1, 2, 3, 4), left.values().collect());
        assertEquals(pair("a", 1), left.first());
        assertThrows(UnsupportedOperationException.class, () -> sc.parallelizePairs(new ArrayList<Tuple2<String, Integer>>(), 2).first());

        assertEquals(2, left.coalesce(2).getNumPartitions());
        assertEquals(5, left.coalesce(5, true).getNumPartitions());
        assertEquals(6, left.repartition(6).getNumPartitions());
        assertEquals(List.of("(a,1)", "(a,3)", "(b,2)", "(c,4)"), sorted(left.repartition(6).collect()));
        assertThrows(IllegalArgumentException.class, () -> left.coalesce(0));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> left.reduceByKey(Integer::sum, -1));
        assertEquals("requirement failed: Number of partitions (-1) cannot be negative.", negative.getMessage());
    }

    @Test
    void handlesTagsNamesAndPersistence() {
        JavaPairRDD<String, Integer> pairs = sc.parallelizePairs(List.of(pair("x", 1)), 1);
        assertSame(pairs, pairs.setName("named"));
        assertEquals("named", pairs.name());
        assertTrue(pairs.toString().startsWith("org.apache.spark.api.java.JavaPairRDD@"), "Spark's JavaPairRDD keeps Object's toString");
        assertSame(pairs, pairs.cache());
        assertEquals(StorageLevel.MEMORY_ONLY(), pairs.getStorageLevel());
        assertThrows(UnsupportedOperationException.class, () -> pairs.persist(StorageLevel.DISK_ONLY()));
        assertSame(pairs, pairs.unpersist(true));
        assertEquals(StorageLevel.NONE(), pairs.getStorageLevel());

        JavaPairRDD<String, Integer> viaJava = JavaPairRDD.fromJavaRDD(pairs.map(pair -> pair));
        assertEquals(List.of(pair("x", 1)), viaJava.collect());
        assertSame(pairs.rdd(), JavaPairRDD.toRDD(pairs));
        JavaPairRDD<String, Integer> rewrapped = JavaPairRDD.fromRDD(pairs.rdd(), pairs.kClassTag(), pairs.vClassTag());
        assertNotSame(pairs, rewrapped);
        assertEquals(pairs.id(), rewrapped.id());
        assertEquals(pairs.id(), pairs.wrapRDD(pairs.rdd()).id());
        assertEquals(Object.class, pairs.classTag().runtimeClass());
        assertFalse(pairs.isEmpty());
    }
}

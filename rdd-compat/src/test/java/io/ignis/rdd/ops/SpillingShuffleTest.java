package io.ignis.rdd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.runtime.node.Node;
import io.ignis.runtime.node.RuntimeImpl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * sortByKey, groupByKey, join and repartitionAndSortWithinPartitions through the Java API on data
 * four times the embedded node's object-store budget (16 MB; 64 MB of pairs made inside the
 * tasks): each gives the right answer, checked partition by partition without collecting the
 * data, and the node's stored values plus leases stay within the budget because the shuffles
 * spill.
 */
class SpillingShuffleTest {
    private static final long BUDGET = 16L << 20;
    private static final int MAPS = 8;
    /** Pairs per map task: 8 x 100,000 pairs of a Long and 16 bytes is about 70 MB as the store counts heap. */
    private static final int PER_MAP = 100_000;

    static JavaSparkContext sc;
    static Node node;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("spill")
                .set("spark.ignis.objectStore.size", "16m"));
        node = ((RuntimeImpl) sc.sc().ignis().runtime()).ownedNodes().get(0);
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    static List<Integer> seeds() {
        List<Integer> seeds = new ArrayList<>();
        for (int i = 0; i < MAPS; i++) {
            seeds.add(i);
        }
        return seeds;
    }

    static Iterator<Tuple2<Long, byte[]>> records(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new Iterator<>() {
            int made;

            @Override
            public boolean hasNext() {
                return made < PER_MAP;
            }

            @Override
            public Tuple2<Long, byte[]> next() {
                made++;
                byte[] payload = new byte[16];
                random.nextBytes(payload);
                return new Tuple2<>(random.nextLong(), payload);
            }
        };
    }

    /** The first half of seed's records, keyed by seed * PER_MAP + their index instead. */
    static Iterator<Tuple2<Long, byte[]>> numbered(int seed) {
        Iterator<Tuple2<Long, byte[]>> records = records(seed);
        return new Iterator<>() {
            long index;

            @Override
            public boolean hasNext() {
                return index < PER_MAP / 2;
            }

            @Override
            public Tuple2<Long, byte[]> next() {
                return new Tuple2<>(seed * (long) PER_MAP + index++, records.next()._2());
            }
        };
    }

    static JavaPairRDD<Long, byte[]> data() {
        return sc.parallelize(seeds(), MAPS).flatMapToPair(SpillingShuffleTest::records);
    }

    /** Count, key sum and payload fingerprint of every record the generator makes. */
    static long[] expected() {
        long[] out = new long[3];
        for (int seed : seeds()) {
            for (Iterator<Tuple2<Long, byte[]>> it = records(seed); it.hasNext(); ) {
                Tuple2<Long, byte[]> pair = it.next();
                out[0]++;
                out[1] += pair._1();
                out[2] += Arrays.hashCode(pair._2());
            }
        }
        return out;
    }

    /**
     * Per partition: index, count, key sum, payload fingerprint, first and last key, and whether
     * its keys came in order (1) or not (0).
     */
    static List<long[]> summaries(JavaPairRDD<Long, byte[]> rdd) {
        return rdd.mapPartitionsWithIndex((index, pairs) -> {
            long[] s = {index, 0, 0, 0, 0, 0, 1};
            long previous = Long.MIN_VALUE;
            while (pairs.hasNext()) {
                Tuple2<Long, byte[]> pair = pairs.next();
                if (s[1] == 0) {
                    s[4] = pair._1();
                }
                s[1]++;
                s[2] += pair._1();
                s[3] += Arrays.hashCode(pair._2());
                if (pair._1() < previous) {
                    s[6] = 0;
                }
                previous = pair._1();
                s[5] = previous;
            }
            return List.of(s).iterator();
        }, true).collect();
    }

    static void assertWithinBudget() {
        long peak = node.stats().get("storePeakBytes");
        assertTrue(peak <= BUDGET, "store peak " + peak + " past the budget " + BUDGET);
    }

    static void assertTotals(List<long[]> parts) {
        long[] expected = expected();
        long[] got = new long[3];
        for (long[] s : parts) {
            got[0] += s[1];
            got[1] += s[2];
            got[2] += s[3];
        }
        assertEquals(Arrays.toString(expected), Arrays.toString(got));
    }

    @Test
    void sortByKeyOfFourBudgetsIsATotalSort() {
        List<long[]> parts = summaries(data().sortByKey(true, 3));
        assertTotals(parts);
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(1, parts.get(i)[6], "partition " + i + " sorted");
            if (i > 0 && parts.get(i)[1] > 0 && parts.get(i - 1)[1] > 0) {
                assertTrue(parts.get(i - 1)[5] <= parts.get(i)[4], "partition " + i + " after " + (i - 1));
            }
        }
        assertWithinBudget();
    }

    @Test
    void repartitionAndSortWithinPartitionsOfFourBudgets() {
        JavaPairRDD<Long, byte[]> sorted = data().repartitionAndSortWithinPartitions(new HashPartitioner(2));
        List<long[]> parts = summaries(sorted);
        assertTotals(parts);
        parts.forEach(s -> assertEquals(1, s[6], "partition " + s[0] + " sorted"));
        // Already placed by the partitioner: sorted where it is, with no shuffle, spilling all the same.
        List<long[]> again = summaries(sorted.repartitionAndSortWithinPartitions(new HashPartitioner(2)));
        assertTotals(again);
        again.forEach(s -> assertEquals(1, s[6]));
        assertWithinBudget();
    }

    @Test
    void groupByKeyOfFourBudgetsGivesEachKeyOnceWithAllItsValues() {
        // 50,000 keys: the low bits of the random keys.
        JavaPairRDD<Long, byte[]> pairs = data().mapToPair(p -> new Tuple2<>(Math.floorMod(p._1(), 50_000L), p._2()));
        List<long[]> groups = pairs.groupByKey(2).mapPartitions(it -> {
            long[] s = {0, 0, 0};
            java.util.Set<Long> seen = new java.util.HashSet<>();
            while (it.hasNext()) {
                Tuple2<Long, Iterable<byte[]>> group = it.next();
                assertTrue(seen.add(group._1()), "key " + group._1() + " twice");
                s[0]++;
                for (byte[] value : group._2()) {
                    s[1]++;
                    s[2] += Arrays.hashCode(value) * 31L + group._1();
                }
            }
            return List.of(s).iterator();
        }).collect();
        long keys = 0;
        long values = 0;
        long fingerprint = 0;
        for (long[] s : groups) {
            keys += s[0];
            values += s[1];
            fingerprint += s[2];
        }
        java.util.Set<Long> expectedKeys = new java.util.HashSet<>();
        long expectedFingerprint = 0;
        for (int seed : seeds()) {
            for (Iterator<Tuple2<Long, byte[]>> it = records(seed); it.hasNext(); ) {
                Tuple2<Long, byte[]> pair = it.next();
                long key = Math.floorMod(pair._1(), 50_000L);
                expectedKeys.add(key);
                expectedFingerprint += Arrays.hashCode(pair._2()) * 31L + key;
            }
        }
        assertEquals(expectedKeys.size(), keys);
        assertEquals((long) MAPS * PER_MAP, values);
        assertEquals(expectedFingerprint, fingerprint);
        assertWithinBudget();
    }

    @Test
    void joinOfTwoRddsOfTwoBudgetsEach() {
        JavaPairRDD<Long, byte[]> left = sc.parallelize(seeds(), MAPS).flatMapToPair(SpillingShuffleTest::numbered);
        // Every other key of the left side, with its key times three.
        JavaPairRDD<Long, Long> right = sc.parallelize(seeds(), MAPS).flatMapToPair(seed -> {
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (long i = 0; i < PER_MAP; i += 2) {
                long key = seed * (long) PER_MAP + i;
                out.add(new Tuple2<>(key, key * 3));
            }
            return out.iterator();
        });
        List<long[]> parts = left.join(right, 3).mapPartitions(it -> {
            long[] s = {0, 0};
            while (it.hasNext()) {
                Tuple2<Long, Tuple2<byte[], Long>> joined = it.next();
                assertEquals(joined._1() * 3, joined._2()._2());
                s[0]++;
                s[1] += joined._1();
            }
            return List.of(s).iterator();
        }).collect();
        long count = 0;
        long keySum = 0;
        for (long[] s : parts) {
            count += s[0];
            keySum += s[1];
        }
        long expectedCount = 0;
        long expectedSum = 0;
        for (int seed : seeds()) {
            for (long i = 0; i < PER_MAP / 2; i += 2) {
                expectedCount++;
                expectedSum += seed * (long) PER_MAP + i;
            }
        }
        assertEquals(expectedCount, count);
        assertEquals(expectedSum, keySum);
        assertWithinBudget();
    }
}

package io.ignis.rdd.random;

import static io.ignis.rdd.random.SampleTest.assertSparkError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code takeSample} returns Spark's elements in Spark's order: the expected results were produced
 * by Spark 4.2.0 in local mode (sc.parallelize(0..n-1, k).takeSample(withReplacement, num, seed)),
 * see SparkExpected.
 */
class TakeSampleTest {
    static Stream<SparkExpected.Line> takes() {
        return SparkExpected.lines("TAKE").stream();
    }

    static Stream<SparkExpected.Line> retries() {
        return SparkExpected.lines("TAKERETRY").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("takes")
    void takesWhatSparkTakes(SparkExpected.Line line) {
        assertEquals(line.result(), SparkExpected.runLength(take(line, new ArrayList<>())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retries")
    void resamplesWithTheNextSeedWhereSparkDid(SparkExpected.Line line) {
        // For these seeds Spark logged "Needed to re-sample due to insufficient sample size".
        List<Long> sampleSeeds = new ArrayList<>();
        assertEquals(line.result(), SparkExpected.runLength(take(line, sampleSeeds)));
        assertEquals(2, sampleSeeds.size());
    }

    private static List<Integer> take(SparkExpected.Line line, List<Long> sampleSeeds) {
        boolean withReplacement = Boolean.parseBoolean(line.argument(0));
        int num = Integer.parseInt(line.argument(1));
        long seed = Long.parseLong(line.argument(2));
        List<List<Integer>> partitions =
                SparkExpected.partitions(Integer.parseInt(line.argument(3)), Integer.parseInt(line.argument(4)));
        return TakeSample.takeSample(new TakeSample.SampleSource<Integer>() {
            @Override
            public long count() {
                return partitions.stream().mapToLong(List::size).sum();
            }

            @Override
            public List<Integer> sample(boolean replacement, double fraction, long sampleSeed) {
                sampleSeeds.add(sampleSeed);
                return Sample.sample(partitions, replacement, fraction, sampleSeed);
            }

            @Override
            public List<Integer> collect() {
                List<Integer> all = new ArrayList<>();
                partitions.forEach(all::addAll);
                return all;
            }
        }, withReplacement, num, seed);
    }

    @Test
    void inMemoryReferenceAgreesWithTheSourceVersion() {
        assertEquals(SparkExpected.lines("TAKE").get(3).result(), SparkExpected.runLength(
                TakeSample.takeSample(SparkExpected.partitions(100, 3), false, 100, 42L)));
    }

    @Test
    void specialCasesRunNoJobs() {
        TakeSample.SampleSource<Integer> noJobs = new TakeSample.SampleSource<>() {
            @Override
            public long count() {
                throw new AssertionError("counted");
            }

            @Override
            public List<Integer> sample(boolean withReplacement, double fraction, long seed) {
                throw new AssertionError("sampled");
            }

            @Override
            public List<Integer> collect() {
                throw new AssertionError("collected");
            }
        };
        assertEquals(List.of(), TakeSample.takeSample(noJobs, true, 0, 1L));
        assertEquals("no error: 0", SparkExpected.errors().get("take 0"));
        assertEquals("no error: 0", SparkExpected.errors().get("take emptyRDD"));
        assertEquals(List.of(), TakeSample.takeSample(List.<List<Integer>>of(), true, 3, 1L));
    }

    @Test
    void argumentErrorsAreSparks() {
        List<List<Integer>> ten = SparkExpected.partitions(10, 2);
        assertSparkError("take -1", () -> TakeSample.takeSample(ten, false, -1, 1L));
        assertSparkError("take emptyRDD -1", () -> TakeSample.takeSample(List.<List<Integer>>of(), true, -1, 1L));
        assertSparkError("take max", () -> TakeSample.takeSample(ten, false, Integer.MAX_VALUE, 1L));
        // The largest size Spark accepts is accepted (and, above the count, returns everything).
        assertEquals(Integer.MAX_VALUE - 463409, TakeSample.MAX_SAMPLE_SIZE);
        assertEquals("no error: 10", SparkExpected.errors().get("take max-463409"));
        assertEquals(10, TakeSample.takeSample(ten, false, TakeSample.MAX_SAMPLE_SIZE, 1L).size());
        assertSparkError("take max", () -> TakeSample.checkArguments(TakeSample.MAX_SAMPLE_SIZE + 1));
    }
}

package io.ignis.rdd.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code sample} picks Spark's elements: the expected samples were produced by Spark 4.2.0 in
 * local mode (sc.parallelize(0..n-1, k).sample(withReplacement, fraction, seed).collect()), see
 * SparkExpected.
 */
class SampleTest {
    static Stream<SparkExpected.Line> samples() {
        return SparkExpected.lines("SAMPLE").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void samplesTheElementsSparkSamples(SparkExpected.Line line) {
        boolean withReplacement = Boolean.parseBoolean(line.argument(0));
        double fraction = Double.parseDouble(line.argument(1));
        long seed = Long.parseLong(line.argument(2));
        List<List<Integer>> partitions =
                SparkExpected.partitions(Integer.parseInt(line.argument(3)), Integer.parseInt(line.argument(4)));

        List<Integer> sample = Sample.sample(partitions, withReplacement, fraction, seed);

        assertEquals(line.result(), SparkExpected.runLength(sample));
    }

    @Test
    void partitionsAreSlicedAsSparksParallelize() {
        for (SparkExpected.Line line : SparkExpected.lines("LAYOUT")) {
            List<List<Integer>> partitions =
                    SparkExpected.partitions(Integer.parseInt(line.argument(0)), Integer.parseInt(line.argument(1)));
            assertEquals(line.result(), partitions.toString());
        }
    }

    @Test
    void partitionSeedsAreSuccessiveLongsOfJavaRandom() {
        Random random = new Random(42L);
        long[] seeds = Sample.partitionSeeds(42L, 3);
        for (long seed : seeds) {
            assertEquals(random.nextLong(), seed);
        }
    }

    @Test
    void onePartitionSampledAloneMatchesItsShareOfTheWhole() {
        List<List<Integer>> partitions = SparkExpected.partitions(61, 4);
        long[] seeds = Sample.partitionSeeds(-3L, 4);
        List<Integer> whole = Sample.sample(partitions, true, 0.5, -3L);
        List<Integer> pieces = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Sample.samplePartition(partitions.get(i).iterator(), true, 0.5, seeds[i]).forEachRemaining(pieces::add);
        }
        assertEquals(whole, pieces);
    }

    @Test
    void drawsOnlyAsFarAsTheIterationGoes() {
        // A lazy sample consumes its input as it is read, like Spark's iterators.
        Iterator<Integer> items = SparkExpected.partitions(40, 1).get(0).iterator();
        Iterator<Integer> sample = Sample.samplePartition(items, false, 0.7, 5L);
        sample.next();
        assertEquals(true, items.hasNext());
    }

    @Test
    void argumentErrorsAreSparks() {
        assertSparkError("sample false -0.1", () -> Sample.checkArguments(false, -0.1));
        assertSparkError("sample true -0.1", () -> Sample.checkArguments(true, -0.1));
        assertSparkError("sample false NaN", () -> Sample.checkArguments(false, Double.NaN));
        assertSparkError("sample true NaN", () -> Sample.checkArguments(true, Double.NaN));
        assertSparkError("sample false 1.5", () -> Sample.checkArguments(false, 1.5));
        assertSparkError("sample false -0.0000001", () -> Sample.checkArguments(false, -0.0000001));
        // Within Spark's rounding slack: allowed, and keeps everything.
        assertEquals(SparkExpected.errors().get("sample false 1.0000001"),
                "no error: " + Sample.sample(SparkExpected.partitions(10, 2), false, 1.0000001, 1L));
        Sample.checkArguments(true, 1.5);
    }

    static void assertSparkError(String label, org.junit.jupiter.api.function.Executable action) {
        String expected = SparkExpected.rootError(label);
        Throwable thrown = assertThrows(Throwable.class, action);
        String actual = thrown.getClass().getName() + ": " + thrown.getMessage();
        // A task's failure reaches Spark's driver inside the text of a SparkException: compare its tail.
        String remote = "executor driver): ";
        if (expected.startsWith("org.apache.spark.SparkException") && expected.contains(remote)) {
            expected = expected.substring(expected.indexOf(remote) + remote.length());
        }
        assertEquals(expected, actual, label);
    }
}

package io.ignis.rdd.random;

import static io.ignis.rdd.random.SampleTest.assertSparkError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code randomSplit} splits as Spark does: the expected splits were produced by Spark 4.2.0 in
 * local mode (sc.parallelize(0..n-1, k).randomSplit(weights, seed), each collected), see SparkExpected.
 */
class RandomSplitTest {
    static Stream<SparkExpected.Line> splits() {
        return SparkExpected.lines("SPLIT").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void splitsAsSparkSplits(SparkExpected.Line line) {
        double[] weights = Arrays.stream(line.argument(0).split(":")).mapToDouble(Double::parseDouble).toArray();
        long seed = Long.parseLong(line.argument(1));
        List<List<Integer>> partitions =
                SparkExpected.partitions(Integer.parseInt(line.argument(2)), Integer.parseInt(line.argument(3)));

        List<List<Integer>> splits = RandomSplit.randomSplit(partitions, weights, seed);

        assertEquals(line.result(), splits.stream().map(SparkExpected::runLength).collect(Collectors.joining(" / ")));
    }

    @Test
    void splitsPartitionTheData() {
        List<List<Integer>> partitions = SparkExpected.partitions(61, 4);
        List<Integer> all = new ArrayList<>();
        RandomSplit.randomSplit(partitions, new double[] {1, 2, 3, 4}, 99L).forEach(all::addAll);
        all.sort(null);
        assertEquals(SparkExpected.partitions(61, 1).get(0), all);
    }

    @Test
    void boundsAreNormalisedCumulativeWeights() {
        assertArrayEquals(new double[] {0.0, 0.25, 1.0}, RandomSplit.cumulativeBounds(new double[] {1, 3}));
        // Weights need not sum to 1 (Spark's own example of unnormalised weights).
        assertEquals("no error: [0, 1, 2, 3, 5, 6, 7, 8]", SparkExpected.errors().get("split 0.5,0.25"));
        assertEquals(List.of(0, 1, 2, 3, 5, 6, 7, 8),
                RandomSplit.randomSplit(SparkExpected.partitions(10, 2), new double[] {0.5, 0.25}, 1L).get(0));
    }

    @Test
    void argumentErrorsAreSparks() {
        assertSparkError("split -1,2", () -> RandomSplit.cumulativeBounds(new double[] {-1, 2}));
        assertSparkError("split 0,0", () -> RandomSplit.cumulativeBounds(new double[] {0, 0}));
        assertSparkError("split empty", () -> RandomSplit.cumulativeBounds(new double[] {}));
        assertSparkError("split NaN,1", () -> RandomSplit.cumulativeBounds(new double[] {Double.NaN, 1}));
        // An infinite weight passes the driver's checks; Spark's task then fails on the NaN bound.
        double[] bounds = RandomSplit.cumulativeBounds(new double[] {Double.POSITIVE_INFINITY, 1});
        assertSparkError("split inf,1",
                () -> RandomSplit.splitPartition(List.of(1, 2).iterator(), 0, 1L, bounds[0], bounds[1]));
    }
}

package io.ignis.rdd.random;

import static io.ignis.rdd.random.SampleTest.assertSparkError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code histogram} gives Spark's buckets and counts, to the bit: the expected results were
 * produced by Spark 4.2.0 in local mode (JavaDoubleRDD.histogram over sc.parallelizeDoubles), see
 * SparkExpected.
 */
class HistogramTest {
    /** 0.0 .. 99.0 in 3 slices. */
    private static final List<List<Double>> HUNDRED = SparkExpected.slice(100, 3, i -> (double) i);

    /** i / 10.0 for i in 0..30, then 0.3 and 0.1 + 0.2, in 2 slices: values on and beside rounded bounds. */
    private static final List<List<Double>> TENTHS = tenths();

    private static final List<List<Double>> SAME = SparkExpected.slice(List.of(5.0, 5.0, 5.0), 2);

    private static List<List<Double>> tenths() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            values.add(i / 10.0);
        }
        values.add(0.3);
        values.add(0.1 + 0.2);
        return SparkExpected.slice(values, 2);
    }

    private static List<List<Double>> data(String label) {
        return switch (label) {
            case "100" -> HUNDRED;
            case "tenths" -> TENTHS;
            case "same" -> SAME;
            default -> throw new IllegalArgumentException(label);
        };
    }

    static Stream<SparkExpected.Line> bucketCounts() {
        return SparkExpected.lines("HISTC").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bucketCounts")
    void evenBucketsAndCountsAreSparks(SparkExpected.Line line) {
        int bucketCount = Integer.parseInt(line.argument(line.arguments().size() - 1));
        List<List<Double>> partitions = data(line.argument(0));
        assertEquals(line.result(), Histogram.histogram(partitions, bucketCount).toString());
        // The same bounds given explicitly count by binary search; HISTB lines hold Spark's counts.
        if (line.argument(0).equals("tenths")) {
            double[] buckets = Histogram.histogram(partitions, bucketCount).buckets();
            String expected = SparkExpected.lines("HISTB").stream()
                    .filter(other -> other.arguments().equals(List.of("tenths", line.argument(1), "false")))
                    .findFirst().orElseThrow().result();
            assertEquals(expected, Arrays.toString(Histogram.histogram(partitions, buckets, false)));
        }
    }

    static Stream<SparkExpected.Line> explicitBuckets() {
        return SparkExpected.lines("HISTB").stream().filter(line -> line.argument(0).equals("100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("explicitBuckets")
    void explicitBucketCountsAreSparks(SparkExpected.Line line) {
        // "HISTB 100 3 [b0, b1, ...] even"
        String head = String.join(" ", line.arguments());
        String array = head.substring(head.indexOf('[') + 1, head.indexOf(']'));
        double[] buckets = Arrays.stream(array.split(", ")).mapToDouble(Double::parseDouble).toArray();
        boolean even = Boolean.parseBoolean(line.argument(line.arguments().size() - 1));
        assertEquals(line.result(), Arrays.toString(Histogram.histogram(HUNDRED, buckets, even)));
    }

    @Test
    void nanInfinitiesAndNoPartitionsCountAsSparkCounts() {
        assertEquals(result("emptyRDD"),
                Arrays.toString(Histogram.histogram(List.of(), new double[] {0, 1, 2}, false)));
        assertEquals(result("NaN-in-data"), Arrays.toString(Histogram.histogram(
                SparkExpected.slice(List.of(1.0, Double.NaN, 3.0, Double.POSITIVE_INFINITY), 2),
                new double[] {0, 2, 4}, false)));
        assertEquals(result("NaN-in-data even"), Arrays.toString(Histogram.histogram(
                SparkExpected.slice(List.of(1.0, Double.NaN, 3.0, Double.POSITIVE_INFINITY, 4.0), 2),
                new double[] {0, 2, 4}, true)));
        assertEquals(result("inf-buckets"), Arrays.toString(Histogram.histogram(
                SparkExpected.slice(List.of(1.0, -1e300, 3.0, Double.POSITIVE_INFINITY, 4.0), 2),
                new double[] {Double.NEGATIVE_INFINITY, 0, Double.POSITIVE_INFINITY}, false)));
    }

    private static String result(String label) {
        return SparkExpected.lines("HISTB").stream()
                .filter(line -> String.join(" ", line.arguments()).equals(label))
                .findFirst().orElseThrow().result();
    }

    @Test
    void argumentErrorsAreSparks() {
        assertSparkError("hist count 0", () -> Histogram.histogram(HUNDRED, 0));
        assertSparkError("hist count -2", () -> Histogram.histogram(HUNDRED, -2));
        assertSparkError("hist buckets [1.0] false", () -> Histogram.histogram(HUNDRED, new double[] {1}, false));
        assertSparkError("hist buckets [] true", () -> Histogram.histogram(HUNDRED, new double[] {}, true));
    }

    @Test
    void dataErrorsAreSparksWithItsMessage() {
        // Spark throws its SparkUnsupportedOperationException, a subclass of UnsupportedOperationException.
        assertMessage("hist NaN", () -> Histogram.histogram(SparkExpected.slice(List.of(1.0, Double.NaN, 3.0), 2), 2));
        assertMessage("hist +inf",
                () -> Histogram.histogram(SparkExpected.slice(List.of(1.0, Double.POSITIVE_INFINITY), 2), 2));
        assertMessage("hist -inf",
                () -> Histogram.histogram(SparkExpected.slice(List.of(1.0, Double.NEGATIVE_INFINITY), 2), 2));
        assertMessage("hist empty 2 partitions", () -> Histogram.histogram(List.of(List.of(), List.of()), 2));
        assertMessage("hist emptyRDD", () -> Histogram.histogram(List.of(), 2));
    }

    private static void assertMessage(String label, org.junit.jupiter.api.function.Executable action) {
        String expected = SparkExpected.rootError(label);
        UnsupportedOperationException thrown =
                org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, action);
        assertEquals(expected.substring(expected.indexOf(": ") + 2), thrown.getMessage(), label);
    }

    @Test
    void partitionPiecesMergeToTheWhole() {
        double[] buckets = {0, 30, 60, 99};
        long[] merged = new long[3];
        Histogram.MaxMin extremes = Histogram.MaxMin.EMPTY;
        for (List<Double> partition : HUNDRED) {
            merged = Histogram.mergeCounts(merged, Histogram.countPartition(partition.iterator(), buckets, false));
            extremes = extremes.merge(Histogram.maxMin(partition.iterator()));
        }
        assertEquals(List.of(30L, 30L, 40L), List.of(merged[0], merged[1], merged[2]));
        assertEquals(new Histogram.MaxMin(99.0, 0.0), extremes);
    }
}

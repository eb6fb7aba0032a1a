package io.ignis.rdd.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.util.StatCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@code stats()} and {@code sum()} of a double RDD agree with Spark 4.2.0 to the last bit when
 * partitions merge in order (expected values from Spark in local mode, see SparkExpected).
 */
class DoubleStatisticsTest {
    static Stream<SparkExpected.Line> ordered() {
        return SparkExpected.lines("STATSORDERED").stream();
    }

    static Stream<SparkExpected.Line> rddStats() {
        return SparkExpected.lines("STATS").stream();
    }

    private static List<List<Double>> partitions(SparkExpected.Line line) {
        return SparkExpected.slice(SparkExpected.statValues(Integer.parseInt(line.argument(0)),
                Double.parseDouble(line.argument(2))), Integer.parseInt(line.argument(1)));
    }

    private static String describe(StatCounter stats, double sum) {
        return stats.count() + " " + stats.mean() + " " + stats.sum() + " " + stats.max() + " " + stats.min() + " "
                + stats.variance() + " " + stats.sampleVariance() + " " + stats.stdev() + " " + stats.sampleStdev()
                + " | " + stats + " | sum " + sum;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordered")
    void statsAndSumAreSparksMergedInPartitionOrder(SparkExpected.Line line) {
        List<List<Double>> partitions = partitions(line);
        assertEquals(line.result(), describe(DoubleStatistics.stats(partitions), DoubleStatistics.sum(partitions)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rddStats")
    void statsAgreeWithRddStats(SparkExpected.Line line) {
        List<List<Double>> partitions = partitions(line);
        String actual = describe(DoubleStatistics.stats(partitions), DoubleStatistics.sum(partitions));
        if (line.argument(1).equals("1")) {
            assertEquals(line.result(), actual);
        } else {
            // Spark merged in task completion order: count, maximum and minimum do not depend on it.
            String[] expected = line.result().split(" ");
            String[] got = actual.split(" ");
            for (int field : new int[] {0, 3, 4}) {
                assertEquals(expected[field], got[field], line.toString());
            }
        }
    }

    @Test
    void emptyPartitionsGiveAnEmptyCounterAndNoPartitionsFail() {
        assertEquals(SparkExpected.lines("EMPTYRDD").get(0).result(),
                DoubleStatistics.stats(List.of(List.of(), List.of())).toString());
        UnsupportedOperationException thrown =
                assertThrows(UnsupportedOperationException.class, () -> DoubleStatistics.stats(List.of()));
        assertEquals("org.apache.spark.SparkUnsupportedOperationException: " + thrown.getMessage(),
                SparkExpected.rootError("emptyRDD stats"));
        assertEquals(0.0, DoubleStatistics.sum(List.of()));
    }

    @Test
    void mergingMakesNewCounters() {
        StatCounter first = DoubleStatistics.partitionStats(List.of(1.0, 2.0).iterator());
        StatCounter second = DoubleStatistics.partitionStats(List.of(3.0).iterator());
        StatCounter merged = DoubleStatistics.mergeStats(first, second);
        assertEquals(3, merged.count());
        assertEquals(2, first.count());
        assertEquals(2.0, merged.mean());
    }
}

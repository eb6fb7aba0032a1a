package io.ignis.rdd.random;

import static io.ignis.rdd.random.SampleTest.assertSparkError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scala.Tuple2;

/**
 * {@code sampleByKey} and {@code sampleByKeyExact} pick Spark's pairs: the expected samples were
 * produced by Spark 4.2.0 in local mode (JavaPairRDD over sc.parallelize(pairs, k), collected), see
 * SparkExpected.
 */
class StratifiedSamplingTest {
    static Stream<SparkExpected.Line> byKey() {
        return Stream.concat(SparkExpected.lines("BYKEY").stream(), SparkExpected.lines("BYKEYEXACT").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byKey")
    void samplesThePairsSparkSamples(SparkExpected.Line line) {
        boolean withReplacement = Boolean.parseBoolean(line.argument(0));
        List<List<Tuple2<String, Integer>>> partitions = SparkExpected.keyed(Integer.parseInt(line.argument(1)),
                Integer.parseInt(line.argument(2)), Boolean.parseBoolean(line.argument(3)));
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (String entry : line.argument(4).split(",")) {
            String[] keyAndFraction = entry.split("=");
            fractions.put(keyAndFraction[0], Double.parseDouble(keyAndFraction[1]));
        }
        long seed = Long.parseLong(line.argument(5));

        List<Tuple2<String, Integer>> sample = line.kind().equals("BYKEY")
                ? StratifiedSampling.sampleByKey(partitions, withReplacement, fractions, seed)
                : StratifiedSampling.sampleByKeyExact(partitions, withReplacement, fractions, seed);

        assertEquals(line.result(), SparkExpected.runLength(sample));
    }

    @Test
    void exactSamplesHaveTheExactSizePerKey() {
        List<List<Tuple2<String, Integer>>> partitions = SparkExpected.keyed(300, 3, false);
        Map<String, Double> fractions = Map.of("a", 0.1, "b", 0.37, "c", 0.9);
        for (boolean withReplacement : new boolean[] {false, true}) {
            Map<String, Long> counts = StratifiedSampling.sampleByKeyExact(partitions, withReplacement, fractions, 8L)
                    .stream().collect(Collectors.groupingBy(Tuple2::_1, Collectors.counting()));
            assertEquals(Map.of("a", 10L, "b", 37L, "c", 90L), counts);
        }
    }

    @Test
    void combiningKeepsTheLaterPartitionsBoundsAndJoinsTheCounts() {
        AcceptanceResult earlier = new AcceptanceResult(3, 1, 0.1, 0.2, new double[] {0.15});
        AcceptanceResult later = new AcceptanceResult(5, 2, 0.3, 0.4, new double[] {0.35, 0.31});
        Map<String, AcceptanceResult> combined = StratifiedSampling.combineAcceptance(
                Map.of("k", earlier, "only-earlier", earlier), Map.of("k", later));
        AcceptanceResult k = combined.get("k");
        assertEquals(8, k.itemCount());
        assertEquals(3, k.acceptedCount());
        assertEquals(0.3, k.acceptBound());
        assertEquals(0.4, k.waitListBound());
        assertEquals(List.of(0.35, 0.31, 0.15), List.of(k.waitList()[0], k.waitList()[1], k.waitList()[2]));
        assertEquals(earlier, combined.get("only-earlier"));
        // The inputs are values: combining changed neither.
        assertEquals(5, later.itemCount());
    }

    @Test
    void fractionErrorsAreSparks() {
        List<List<Tuple2<String, Integer>>> pairs = SparkExpected.keyed(30, 2, false);
        Map<String, Double> negative = Map.of("a", -0.1, "b", 0.5, "c", 0.5);
        assertSparkError("bykey negative", () -> StratifiedSampling.sampleByKey(pairs, false, negative, 1L));
        assertSparkError("bykeyexact negative", () -> StratifiedSampling.sampleByKeyExact(pairs, true, negative, 1L));
        Map<String, Double> nan = Map.of("a", Double.NaN, "b", 0.5, "c", 0.5);
        assertSparkError("bykey NaN", () -> StratifiedSampling.sampleByKey(pairs, false, nan, 1L));

        // A key without a fraction fails the task, in every variant.
        Map<String, Double> missing = Map.of("a", 0.1, "b", 0.5);
        assertSparkError("bykey missing false", () -> StratifiedSampling.sampleByKey(pairs, false, missing, 1L));
        assertSparkError("bykey missing true", () -> StratifiedSampling.sampleByKey(pairs, true, missing, 1L));
        assertSparkError("bykeyexact missing false",
                () -> StratifiedSampling.sampleByKeyExact(pairs, false, missing, 1L));
        assertSparkError("bykeyexact missing true",
                () -> StratifiedSampling.sampleByKeyExact(pairs, true, missing, 1L));

        // With replacement, a zero fraction reaches commons-math3, which rejects the mean.
        Map<String, Double> zero = Map.of("a", 0.0, "b", 0.5, "c", 0.5);
        assertSparkError("bykey true zero", () -> StratifiedSampling.sampleByKey(pairs, true, zero, 1L));
    }

    @Test
    void edgeFractionsSampleAsSparkDoes() {
        List<List<Tuple2<String, Integer>>> pairs = SparkExpected.keyed(30, 2, false);
        Map<String, Double> zero = Map.of("a", 0.0, "b", 0.5, "c", 0.5);
        assertEquals(SparkExpected.errors().get("bykey false zero"),
                "no error: " + SparkExpected.runLength(StratifiedSampling.sampleByKey(pairs, false, zero, 1L)));
        assertEquals(SparkExpected.errors().get("bykeyexact false zero"),
                "no error: " + SparkExpected.runLength(StratifiedSampling.sampleByKeyExact(pairs, false, zero, 1L)));
        assertEquals(SparkExpected.errors().get("bykeyexact true zero"),
                "no error: " + SparkExpected.runLength(StratifiedSampling.sampleByKeyExact(pairs, true, zero, 1L)));
        Map<String, Double> big = Map.of("a", 1.5, "b", 1.0, "c", 0.5);
        assertEquals(SparkExpected.errors().get("bykey false big"),
                "no error: " + SparkExpected.runLength(StratifiedSampling.sampleByKey(pairs, false, big, 1L)));
        assertEquals(SparkExpected.errors().get("bykeyexact false big"),
                "no error: " + SparkExpected.runLength(StratifiedSampling.sampleByKeyExact(pairs, false, big, 1L)));
        Map<String, Double> extra = Map.of("a", 0.5, "b", 0.5, "c", 0.5, "zzz", 0.5);
        assertEquals(SparkExpected.errors().get("bykeyexact true extra key"),
                "no error: " + SparkExpected.runLength(StratifiedSampling.sampleByKeyExact(pairs, true, extra, 1L)));

        // A null fraction from Java reads as 0.0, as Scala unboxes it.
        Map<String, Double> withNull = new HashMap<>(Map.of("b", 0.5, "c", 0.5));
        withNull.put("a", null);
        assertEquals(SparkExpected.errors().get("bykey null"),
                "no error: " + StratifiedSampling.sampleByKey(pairs, false, withNull, 1L));
    }

    @Test
    void exactSamplingOfNoPartitionsFailsAsSparksReduce() {
        assertThrows(UnsupportedOperationException.class,
                () -> StratifiedSampling.sampleByKeyExact(List.<List<Tuple2<String, Integer>>>of(), false,
                        Map.of("a", 0.5), 1L));
    }
}

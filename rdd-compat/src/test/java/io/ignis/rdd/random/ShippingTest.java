package io.ignis.rdd.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ignis.runtime.serial.Serializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.util.StatCounter;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * What the engine ships between driver and tasks (fractions, tallies, plans, counters, extremes)
 * survives the runtime's serializer, the one objects take between nodes, and works after it.
 */
class ShippingTest {
    private final Serializer serializer = new Serializer(getClass().getClassLoader(), kryo -> {});

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T value) {
        return (T) serializer.fromBytes(serializer.toBytes(value));
    }

    @Test
    void exactSamplingShipsItsTalliesAndPlan() {
        List<List<Tuple2<String, Integer>>> partitions = SparkExpected.keyed(300, 3, false);
        Map<String, Double> fractions =
                roundTrip(StratifiedSampling.checkFractions(Map.of("a", 0.1, "b", 0.37, "c", 0.9)));
        Map<String, Long> counts = new HashMap<>(Map.of("a", 100L, "b", 100L, "c", 100L));
        for (boolean withReplacement : new boolean[] {false, true}) {
            Map<String, AcceptanceResult> combined = null;
            for (int i = 0; i < partitions.size(); i++) {
                Map<String, AcceptanceResult> tally = roundTrip(StratifiedSampling.acceptancePartition(
                        partitions.get(i).iterator(), i, withReplacement, fractions, counts, 8L));
                combined = combined == null ? tally : StratifiedSampling.combineAcceptance(combined, tally);
            }
            ExactSamplingPlan<String> plan =
                    roundTrip(StratifiedSampling.exactPlan(withReplacement, combined, fractions));
            List<Tuple2<String, Integer>> sample = new ArrayList<>();
            for (int i = 0; i < partitions.size(); i++) {
                StratifiedSampling.sampleByKeyExactPartition(partitions.get(i).iterator(), i, plan, 8L)
                        .forEachRemaining(sample::add);
            }
            assertEquals(StratifiedSampling.sampleByKeyExact(partitions, withReplacement, fractions, 8L), sample);
        }
    }

    @Test
    void statisticsShip() {
        StatCounter counter = roundTrip(new StatCounter().merge(1.5).merge(-2.0));
        assertEquals("(count: 2, mean: -0.250000, stdev: 1.750000, max: 1.500000, min: -2.000000)", counter.toString());
        assertEquals(new Histogram.MaxMin(3.0, 1.0), roundTrip(new Histogram.MaxMin(3.0, 1.0)));
        assertEquals(Arrays.toString(new long[] {1, 2}), Arrays.toString(roundTrip(new long[] {1, 2})));
    }
}

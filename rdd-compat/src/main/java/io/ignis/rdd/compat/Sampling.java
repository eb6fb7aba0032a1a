package io.ignis.rdd.compat;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.ops.Actions;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.random.AcceptanceResult;
import io.ignis.rdd.random.ExactSamplingPlan;
import io.ignis.rdd.random.RandomSplit;
import io.ignis.rdd.random.Sample;
import io.ignis.rdd.random.StratifiedSampling;
import io.ignis.rdd.random.TakeSample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scala.Tuple2;

/**
 * sample, randomSplit, takeSample, sampleByKey and sampleByKeyExact as RDD operations: the
 * per-partition samplers of {@code io.ignis.rdd.random} (Spark's algorithms and seeding) run in
 * each partition's task, so the same seed picks the same elements as Spark.
 */
public final class Sampling {
    private Sampling() {}

    public static <T> Rdd<T> sample(Rdd<T> rdd, boolean withReplacement, double fraction, long seed) {
        Sample.checkArguments(withReplacement, fraction);
        long[] seeds = Sample.partitionSeeds(seed, rdd.partitionCount());
        return new MapPartitionsRdd<T, T>(rdd,
                (scope, index, items) -> Sample.samplePartition(items, withReplacement, fraction, seeds[index]), true);
    }

    public static <T> List<Rdd<T>> randomSplit(Rdd<T> rdd, double[] weights, long seed) {
        double[] bounds = RandomSplit.cumulativeBounds(weights);
        List<Rdd<T>> splits = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            double lower = bounds[i];
            double upper = bounds[i + 1];
            splits.add(new MapPartitionsRdd<T, T>(rdd,
                    (scope, index, items) -> RandomSplit.splitPartition(items, index, seed, lower, upper), true));
        }
        return splits;
    }

    public static <T> List<T> takeSample(Rdd<T> rdd, boolean withReplacement, int num, long seed) {
        return TakeSample.takeSample(new TakeSample.SampleSource<>() {
            @Override
            public long count() {
                return Actions.count(rdd);
            }

            @Override
            public List<T> sample(boolean replacement, double fraction, long sampleSeed) {
                return Actions.collect(Sampling.sample(rdd, replacement, fraction, sampleSeed));
            }

            @Override
            public List<T> collect() {
                return Actions.collect(rdd);
            }
        }, withReplacement, num, seed);
    }

    public static <K, V> Rdd<Tuple2<K, V>> sampleByKey(Rdd<Tuple2<K, V>> rdd, boolean withReplacement, Map<K, Double> fractions,
                                                      long seed) {
        Map<K, Double> checked = new HashMap<>(StratifiedSampling.checkFractions(fractions));
        return new MapPartitionsRdd<Tuple2<K, V>, Tuple2<K, V>>(rdd,
                (scope, index, items) -> StratifiedSampling.sampleByKeyPartition(items, index, withReplacement, checked, seed), true);
    }

    /**
     * Exactly {@code ceil(count(k) * fraction(k))} items of each key: a job tallies each
     * partition's acceptance (combined in partition order on the driver), then each partition
     * samples by the thresholds that gives (with replacement, a first job counts each key).
     */
    public static <K, V> Rdd<Tuple2<K, V>> sampleByKeyExact(Rdd<Tuple2<K, V>> rdd, boolean withReplacement,
                                                           Map<K, Double> fractions, long seed) {
        Map<K, Double> checked = new HashMap<>(StratifiedSampling.checkFractions(fractions));
        Map<K, Long> counts = null;
        if (withReplacement) {
            counts = new HashMap<>();
            for (Tuple2<K, V> pair : Actions.collect(rdd)) {
                counts.merge(pair._1(), 1L, Long::sum);
            }
        }
        Map<K, Long> keyCounts = counts;
        List<Map<K, AcceptanceResult>> tallies = rdd.context().runJob(rdd, (scope, items) -> new HashMap<>(
                StratifiedSampling.acceptancePartition(items, scope.partitionId(), withReplacement, checked, keyCounts, seed)));
        Map<K, AcceptanceResult> combined = null;
        for (Map<K, AcceptanceResult> tally : tallies) {
            combined = combined == null ? tally : StratifiedSampling.combineAcceptance(combined, tally);
        }
        if (combined == null) {
            throw new UnsupportedOperationException("empty collection");
        }
        ExactSamplingPlan<K> plan = StratifiedSampling.exactPlan(withReplacement, combined, checked);
        return new MapPartitionsRdd<Tuple2<K, V>, Tuple2<K, V>>(rdd,
                (scope, index, items) -> StratifiedSampling.sampleByKeyExactPartition(items, index, plan, seed), true);
    }
}

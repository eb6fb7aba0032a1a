package io.ignis.rdd.random;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import scala.Tuple2;

/**
 * {@code sampleByKey} and {@code sampleByKeyExact} of pair RDDs as Spark's
 * {@code StratifiedSamplingUtils} computes them: each key has its own fraction, and partition
 * {@code i}'s draws come from a generator seeded with {@code seed + i}.
 *
 * <p>{@code sampleByKey} is one lazy pass: {@link #sampleByKeyPartition} keeps an item when a
 * uniform draw is below its key's fraction (without replacement), or repeats it a Poisson(fraction)
 * number of times (with replacement).
 *
 * <p>{@code sampleByKeyExact} hits {@code ceil(count(key) * fraction)} copies per key. Spark runs its
 * extra jobs when {@code sampleByKeyExact} is called, on the driver, before returning the RDD:
 * <ol>
 *   <li>with replacement only, {@code countByKey()};</li>
 *   <li>an aggregate: {@link #acceptancePartition} in each partition, the results combined with
 *       {@link #combineAcceptance} ({@code combine(soFar, next)}, as {@code RDD.reduce} merges a
 *       task's result into the job's);</li>
 *   <li>{@link #exactPlan} picks each key's threshold from the combined wait lists;</li>
 * </ol>
 * then the returned RDD's partitions run {@link #sampleByKeyExactPartition} with that plan,
 * repeating the acceptance pass's draws. A key's threshold normally comes from its wait list and so
 * does not depend on the order partitions are combined in; only when a wait list is too short (or
 * too many were accepted at once) does a bound stand in, and then Spark takes the bound of whichever
 * partition's result its reduce merged last, which depends on task completion order. Combining in
 * partition order, as the references here do, gives what Spark gives when tasks finish in order
 * (as with {@code local[1]}).
 *
 * <p>Keys are compared with {@code equals} and {@code hashCode}, where Spark's Scala maps use Scala's
 * {@code ==}; the two differ only for boxed numbers of different types (Scala finds {@code 1L} under
 * {@code 1}).
 */
public final class StratifiedSampling {
    /** Spark's confidence parameter for the exact sampling bounds. */
    private static final double DELTA = 5e-5;

    private StratifiedSampling() {}

    /**
     * The fractions as Spark's Java API takes them: copied into a new map (a null fraction reads as
     * 0.0, as Scala unboxes it) and checked on the driver, failing on a negative or NaN fraction with
     * Spark's message.
     */
    public static <K> Map<K, Double> checkFractions(Map<K, Double> fractions) {
        requireNonNull(fractions, "fractions is null");
        Map<K, Double> copy = new HashMap<>();
        for (Map.Entry<K, Double> entry : fractions.entrySet()) {
            Double fraction = entry.getValue();
            copy.put(entry.getKey(), fraction == null ? 0.0 : fraction);
        }
        for (double fraction : copy.values()) {
            if (!(fraction >= 0.0)) {
                throw new IllegalArgumentException("requirement failed: Negative sampling rates.");
            }
        }
        // A plain HashMap: the engine ships it to tasks, and Kryo rebuilds maps by put.
        return copy;
    }

    /** One partition of {@code sampleByKey}, lazily; fails with Spark's error on a key without a fraction. */
    public static <K, V> Iterator<Tuple2<K, V>> sampleByKeyPartition(Iterator<Tuple2<K, V>> items, int partitionIndex,
            boolean withReplacement, Map<K, Double> fractions, long seed) {
        requireNonNull(items, "items is null");
        requireNonNull(fractions, "fractions is null");
        StratifiedRandom random = new StratifiedRandom(seed + partitionIndex);
        if (withReplacement) {
            // A fraction of 0 reaches commons-math3, which rejects the mean, as in Spark.
            return new RepeatingIterator<>(items, item -> random.nextPoisson(fraction(fractions, item._1())));
        }
        return new RepeatingIterator<>(items,
                item -> random.nextUniform() < fraction(fractions, item._1()) ? 1 : 0);
    }

    /**
     * One partition's tallies for {@code sampleByKeyExact} (Spark's {@code getSeqOp} folded over the
     * partition). Without replacement the bounds follow each key's running count (Spark's
     * streaming version) and {@code countsByKey} is not used; with replacement they come from the
     * key's total count in {@code countsByKey}, which is required.
     */
    public static <K, V> Map<K, AcceptanceResult> acceptancePartition(Iterator<Tuple2<K, V>> items,
            int partitionIndex, boolean withReplacement, Map<K, Double> fractions, Map<K, Long> countsByKey,
            long seed) {
        requireNonNull(items, "items is null");
        requireNonNull(fractions, "fractions is null");
        if (withReplacement) {
            requireNonNull(countsByKey, "countsByKey is null");
        }
        StratifiedRandom random = new StratifiedRandom(seed + partitionIndex);
        Map<K, Tally> tallies = new LinkedHashMap<>();
        while (items.hasNext()) {
            K key = items.next()._1();
            double fraction = fraction(fractions, key);
            Tally tally = tallies.computeIfAbsent(key, ignored -> new Tally());
            if (withReplacement) {
                tally.addWithReplacement(random, fraction, count(countsByKey, key));
            } else {
                tally.addWithoutReplacement(random, fraction);
            }
        }
        Map<K, AcceptanceResult> results = new LinkedHashMap<>();
        tallies.forEach((key, tally) -> results.put(key, tally.toResult()));
        return results;
    }

    /**
     * Spark's {@code combOp}: the union of two partitions' tallies; where both have a key,
     * {@code next}'s tally absorbs {@code soFar}'s (so the bounds are {@code next}'s). The inputs
     * are not changed.
     */
    public static <K> Map<K, AcceptanceResult> combineAcceptance(Map<K, AcceptanceResult> soFar,
            Map<K, AcceptanceResult> next) {
        requireNonNull(soFar, "soFar is null");
        requireNonNull(next, "next is null");
        Map<K, AcceptanceResult> combined = new LinkedHashMap<>(next);
        soFar.forEach((key, earlier) -> {
            AcceptanceResult later = next.get(key);
            combined.put(key, later == null ? earlier : later.merge(earlier));
        });
        return combined;
    }

    /** The driver's decision from the combined tallies (Spark's {@code computeThresholdByKey}). */
    public static <K> ExactSamplingPlan<K> exactPlan(boolean withReplacement, Map<K, AcceptanceResult> combined,
            Map<K, Double> fractions) {
        requireNonNull(combined, "combined is null");
        requireNonNull(fractions, "fractions is null");
        Map<K, Double> thresholds = new HashMap<>();
        Map<K, Double> acceptBounds = new HashMap<>();
        Map<K, Double> waitListBounds = new HashMap<>();
        combined.forEach((key, result) -> {
            thresholds.put(key, result.threshold(fraction(fractions, key)));
            if (withReplacement) {
                acceptBounds.put(key, result.acceptBound());
                waitListBounds.put(key, result.waitListBound());
            }
        });
        return new ExactSamplingPlan<>(withReplacement, thresholds, acceptBounds, waitListBounds);
    }

    /** One partition of {@code sampleByKeyExact}, lazily, drawing as its acceptance pass did. */
    public static <K, V> Iterator<Tuple2<K, V>> sampleByKeyExactPartition(Iterator<Tuple2<K, V>> items,
            int partitionIndex, ExactSamplingPlan<K> plan, long seed) {
        requireNonNull(items, "items is null");
        requireNonNull(plan, "plan is null");
        StratifiedRandom random = new StratifiedRandom(seed + partitionIndex);
        if (!plan.withReplacement()) {
            return new RepeatingIterator<>(items, item -> random.nextUniform() < plan.threshold(item._1()) ? 1 : 0);
        }
        return new RepeatingIterator<>(items, item -> {
            K key = item._1();
            double acceptBound = plan.acceptBound(key);
            long copies = acceptBound == 0 ? 0L : random.nextPoisson(acceptBound);
            int waitListed = random.nextPoisson(plan.waitListBound(key));
            double threshold = plan.threshold(key);
            for (int i = 0; i < waitListed; i++) {
                if (random.nextUniform() < threshold) {
                    copies++;
                }
            }
            return (int) copies;
        });
    }

    /** What {@code sampleByKey(withReplacement, fractions, seed).collect()} returns for an RDD of these partitions. */
    public static <K, V> List<Tuple2<K, V>> sampleByKey(List<? extends List<Tuple2<K, V>>> partitions,
            boolean withReplacement, Map<K, Double> fractions, long seed) {
        requireNonNull(partitions, "partitions is null");
        Map<K, Double> checked = checkFractions(fractions);
        List<Tuple2<K, V>> result = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            sampleByKeyPartition(partitions.get(i).iterator(), i, withReplacement, checked, seed)
                    .forEachRemaining(result::add);
        }
        return result;
    }

    /**
     * What {@code sampleByKeyExact(withReplacement, fractions, seed).collect()} returns for an RDD
     * of these partitions, combining the acceptance pass in partition order. With no partitions it
     * fails as Spark's reduce of nothing does.
     */
    public static <K, V> List<Tuple2<K, V>> sampleByKeyExact(List<? extends List<Tuple2<K, V>>> partitions,
            boolean withReplacement, Map<K, Double> fractions, long seed) {
        requireNonNull(partitions, "partitions is null");
        Map<K, Double> checked = checkFractions(fractions);
        Map<K, Long> counts = withReplacement ? countByKey(partitions) : null;
        Map<K, AcceptanceResult> combined = null;
        for (int i = 0; i < partitions.size(); i++) {
            Map<K, AcceptanceResult> partition =
                    acceptancePartition(partitions.get(i).iterator(), i, withReplacement, checked, counts, seed);
            combined = combined == null ? partition : combineAcceptance(combined, partition);
        }
        if (combined == null) {
            throw new UnsupportedOperationException("empty collection");
        }
        ExactSamplingPlan<K> plan = exactPlan(withReplacement, combined, checked);
        List<Tuple2<K, V>> result = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            sampleByKeyExactPartition(partitions.get(i).iterator(), i, plan, seed).forEachRemaining(result::add);
        }
        return result;
    }

    private static <K, V> Map<K, Long> countByKey(List<? extends List<Tuple2<K, V>>> partitions) {
        Map<K, Long> counts = new HashMap<>();
        for (List<Tuple2<K, V>> partition : partitions) {
            for (Tuple2<K, V> item : partition) {
                counts.merge(item._1(), 1L, Long::sum);
            }
        }
        return counts;
    }

    // Scala's Map.apply: a key the user gave no fraction fails the task with this message.
    private static <K> double fraction(Map<K, Double> fractions, K key) {
        Double fraction = fractions.get(key);
        if (fraction == null) {
            throw new NoSuchElementException("key not found: " + key);
        }
        return fraction;
    }

    private static <K> long count(Map<K, Long> counts, K key) {
        Long count = counts.get(key);
        if (count == null) {
            throw new NoSuchElementException("key not found: " + key);
        }
        return count;
    }

    /** One key's running tally in one partition: Spark's mutable AcceptanceResult while it is built. */
    private static final class Tally {
        private long itemCount;
        private long acceptedCount;
        private double acceptBound = Double.NaN;
        private double waitListBound = Double.NaN;
        private double[] waitList = new double[4];
        private int waitListSize;

        void addWithoutReplacement(StratifiedRandom random, double fraction) {
            // The streaming version: bounds from the count so far (infinite gamma at 0 makes the
            // first item's accept bound NaN and its wait-list bound 1, as in Spark).
            acceptBound = SamplingBounds.binomialLowerBound(DELTA, itemCount, fraction);
            waitListBound = SamplingBounds.binomialUpperBound(DELTA, itemCount, fraction);
            double x = random.nextUniform();
            if (x < acceptBound) {
                acceptedCount++;
            } else if (x < waitListBound) {
                addToWaitList(x);
            }
            itemCount++;
        }

        void addWithReplacement(StratifiedRandom random, double fraction, long keyCount) {
            if (Double.isNaN(acceptBound) || Double.isNaN(waitListBound)) {
                long sampleSize = (long) Math.ceil(keyCount * fraction);
                double lowerMean = SamplingBounds.poissonLowerBound(sampleSize);
                double upperMean = SamplingBounds.poissonUpperBound(sampleSize);
                acceptBound = lowerMean / keyCount;
                waitListBound = (upperMean - lowerMean) / keyCount;
            }
            long accepted = acceptBound == 0.0 ? 0L : random.nextPoisson(acceptBound);
            if (accepted > 0) {
                acceptedCount += accepted;
            }
            int waitListed = random.nextPoisson(waitListBound);
            for (int i = 0; i < waitListed; i++) {
                addToWaitList(random.nextUniform());
            }
            itemCount++;
        }

        private void addToWaitList(double draw) {
            if (waitListSize == waitList.length) {
                waitList = Arrays.copyOf(waitList, waitList.length * 2);
            }
            waitList[waitListSize++] = draw;
        }

        AcceptanceResult toResult() {
            return new AcceptanceResult(itemCount, acceptedCount, acceptBound, waitListBound,
                    Arrays.copyOf(waitList, waitListSize));
        }
    }
}

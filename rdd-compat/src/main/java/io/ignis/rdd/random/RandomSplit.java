package io.ignis.rdd.random;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code RDD.randomSplit(weights, seed)} as Spark computes it. On the driver,
 * {@link #cumulativeBounds} checks the weights and turns them into ranges of [0, 1): split
 * {@code j} is {@code [bounds[j], bounds[j+1])}. In each partition's task, for each split,
 * {@link #splitPartition} keeps the items whose draw falls in the split's range; the draws come
 * from a {@link BernoulliCellSampler} seeded with {@code seed + partitionIndex} (not with the
 * per-partition seeds of {@link Sample}), the same seed for every split, so each item lands in
 * exactly one split. Each split keeps the parent's partitioning.
 */
public final class RandomSplit {
    private RandomSplit() {}

    /**
     * The cumulative bounds of the splits: {@code weights.length + 1} values from 0.0, each the
     * previous plus the next weight divided by the weights' sum, summed left to right as Spark
     * does. Fails as Spark does on a negative or NaN weight, or on a sum that is not positive.
     */
    public static double[] cumulativeBounds(double[] weights) {
        requireNonNull(weights, "weights is null");
        double sum = 0.0;
        for (double weight : weights) {
            if (!(weight >= 0)) {
                throw new IllegalArgumentException(
                        "requirement failed: Weights must be nonnegative, but got " + format(weights));
            }
        }
        for (double weight : weights) {
            sum += weight;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException(
                    "requirement failed: Sum of weights must be positive, but got " + format(weights));
        }
        double[] bounds = new double[weights.length + 1];
        bounds[0] = 0.0;
        for (int i = 0; i < weights.length; i++) {
            bounds[i + 1] = bounds[i] + weights[i] / sum;
        }
        return bounds;
    }

    // Scala's weights.mkString("[", ",", "]").
    private static String format(double[] weights) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < weights.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(weights[i]);
        }
        return text.append(']').toString();
    }

    /**
     * One partition's items that fall in one split, {@code [lowerBound, upperBound)}, lazily. The
     * bounds are checked when this is called (in the task, as in Spark), so weights that sum to
     * infinity fail here with Spark's message.
     */
    public static <T> Iterator<T> splitPartition(Iterator<T> items, int partitionIndex, long seed, double lowerBound,
            double upperBound) {
        requireNonNull(items, "items is null");
        return new BernoulliCellSampler(lowerBound, upperBound, false, seed + partitionIndex).sample(items);
    }

    /** What {@code collect()} of each {@code randomSplit(weights, seed)} RDD returns, over these partitions. */
    public static <T> List<List<T>> randomSplit(List<? extends List<T>> partitions, double[] weights, long seed) {
        requireNonNull(partitions, "partitions is null");
        double[] bounds = cumulativeBounds(weights);
        List<List<T>> splits = new ArrayList<>();
        for (int split = 0; split < weights.length; split++) {
            List<T> items = new ArrayList<>();
            for (int partition = 0; partition < partitions.size(); partition++) {
                splitPartition(partitions.get(partition).iterator(), partition, seed, bounds[split], bounds[split + 1])
                        .forEachRemaining(items::add);
            }
            splits.add(items);
        }
        return splits;
    }
}

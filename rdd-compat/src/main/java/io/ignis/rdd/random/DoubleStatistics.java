package io.ignis.rdd.random;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.util.StatCounter;

/**
 * {@code JavaDoubleRDD.stats()} and {@code sum()} as Spark computes them: {@code stats} is a
 * {@link StatCounter} per partition, reduced with {@code merge}; {@code mean}, {@code variance},
 * {@code stdev} and their sample and population variants are read off that counter. {@code sum}
 * is {@code fold(0.0)(_ + _)}: each partition adds its values to 0.0 in order, and the driver adds
 * the partitions' sums to 0.0.
 *
 * <p>Floating-point addition is not associative, so Spark's results depend on the order its
 * driver merges task results, which is task completion order; the functions here merge in
 * partition order, which is what Spark gives when tasks finish in order (as with {@code local[1]}).
 */
public final class DoubleStatistics {
    private DoubleStatistics() {}

    /** One partition's counter. */
    public static StatCounter partitionStats(Iterator<Double> values) {
        requireNonNull(values, "values is null");
        StatCounter counter = new StatCounter();
        while (values.hasNext()) {
            counter.merge(values.next());
        }
        return counter;
    }

    /** {@code soFar} merged with {@code next}, as a new counter (the inputs are not changed). */
    public static StatCounter mergeStats(StatCounter soFar, StatCounter next) {
        requireNonNull(soFar, "soFar is null");
        requireNonNull(next, "next is null");
        return soFar.copy().merge(next);
    }

    /** One partition's sum, added from 0.0 in order. */
    public static double partitionSum(Iterator<Double> values) {
        requireNonNull(values, "values is null");
        double sum = 0.0;
        while (values.hasNext()) {
            sum += values.next();
        }
        return sum;
    }

    /**
     * What {@code stats()} returns for a double RDD of these partitions. With no partitions it
     * fails as Spark's reduce of nothing does; empty partitions give an empty counter.
     */
    public static StatCounter stats(List<? extends List<Double>> partitions) {
        requireNonNull(partitions, "partitions is null");
        if (partitions.isEmpty()) {
            throw new UnsupportedOperationException("empty collection");
        }
        StatCounter result = partitionStats(partitions.get(0).iterator());
        for (int i = 1; i < partitions.size(); i++) {
            result = mergeStats(result, partitionStats(partitions.get(i).iterator()));
        }
        return result;
    }

    /** What {@code sum()} returns for a double RDD of these partitions (0.0 with none). */
    public static double sum(List<? extends List<Double>> partitions) {
        requireNonNull(partitions, "partitions is null");
        double sum = 0.0;
        for (List<Double> partition : partitions) {
            sum += partitionSum(partition.iterator());
        }
        return sum;
    }
}

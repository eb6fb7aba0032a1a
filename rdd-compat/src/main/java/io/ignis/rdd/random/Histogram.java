package io.ignis.rdd.random;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The arithmetic of {@code JavaDoubleRDD.histogram} as Spark's {@code DoubleRDDFunctions} does it,
 * as pure functions the engine runs per partition and merges.
 *
 * <p>{@code histogram(bucketCount)}: a job finds the maximum and minimum ({@link #maxMin} per
 * partition, merged with {@link MaxMin#merge}), the driver makes the buckets with
 * {@link #evenBuckets}, and the counting runs as {@code histogram(buckets, true)}.
 *
 * <p>{@code histogram(buckets, evenBuckets)}: {@link #checkBuckets} on the driver, then
 * {@link #countPartition} per partition and {@link #mergeCounts}. Even buckets take Spark's
 * constant-time path, which computes the bucket from the first bound, the last bound and the
 * bucket count only (so it may place a value on a rounded inner bound differently from the
 * binary search, exactly as Spark does); otherwise a binary search over the bounds. A value equal
 * to the last bound counts in the last bucket; values outside the bounds, and NaN, count nowhere.
 * An RDD with no partitions gives all zeros without a job.
 */
public final class Histogram {
    private Histogram() {}

    /** A partition's (or the RDD's) largest and smallest value; NaN if any value is NaN. */
    public record MaxMin(double max, double min) implements Serializable {
        /** What an empty partition contributes. */
        public static final MaxMin EMPTY = new MaxMin(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        /** Both partitions' extremes. */
        public MaxMin merge(MaxMin other) {
            requireNonNull(other, "other is null");
            return new MaxMin(Math.max(max, other.max), Math.min(min, other.min));
        }
    }

    /** The buckets and counts {@code histogram(bucketCount)} returns. */
    public record Result(double[] buckets, long[] counts) {
        public Result {
            buckets = requireNonNull(buckets, "buckets is null").clone();
            counts = requireNonNull(counts, "counts is null").clone();
        }

        @Override
        public double[] buckets() {
            return buckets.clone();
        }

        @Override
        public long[] counts() {
            return counts.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Result result
                    && Arrays.equals(buckets, result.buckets) && Arrays.equals(counts, result.counts);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(buckets) + Arrays.hashCode(counts);
        }

        @Override
        public String toString() {
            return Arrays.toString(buckets) + " " + Arrays.toString(counts);
        }
    }

    /** One partition's extremes (Spark folds with {@code max}/{@code min}, so one NaN makes both NaN). */
    public static MaxMin maxMin(Iterator<Double> values) {
        requireNonNull(values, "values is null");
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        while (values.hasNext()) {
            double value = values.next();
            max = Math.max(max, value);
            min = Math.min(min, value);
        }
        return new MaxMin(max, min);
    }

    /**
     * The bounds of {@code histogram(bucketCount)} for data ranging over {@code extremes}:
     * {@code bucketCount + 1} bounds {@code min + (i * (max - min)) / bucketCount} with the last
     * exactly {@code max}, or {@code [min, min]} when all values are equal (whatever the bucket
     * count). Fails as Spark does when the data is empty or holds NaN or an infinity, and when
     * {@code bucketCount < 1} with unequal values (Spark then gets a single bound and fails as
     * {@link #checkBuckets} does; it has no check of its own).
     */
    public static double[] evenBuckets(MaxMin extremes, int bucketCount) {
        requireNonNull(extremes, "extremes is null");
        double max = extremes.max();
        double min = extremes.min();
        if (Double.isNaN(min) || Double.isNaN(max) || Double.isInfinite(max) || Double.isInfinite(min)) {
            throw new UnsupportedOperationException(
                    "Histogram on either an empty RDD or RDD containing +/-infinity or NaN");
        }
        if (min == max) {
            return new double[] {min, min};
        }
        // Spark avoids Scala's Range.Double here (SI-8782) and computes each bound from min.
        double span = max - min;
        int steps = Math.max(bucketCount, 0);
        double[] buckets = new double[steps + 1];
        for (int step = 0; step < steps; step++) {
            buckets[step] = min + (step * span) / bucketCount;
        }
        buckets[steps] = max;
        checkBuckets(buckets);
        return buckets;
    }

    /** Spark's check of explicit bucket bounds. */
    public static void checkBuckets(double[] buckets) {
        requireNonNull(buckets, "buckets is null");
        if (buckets.length < 2) {
            throw new IllegalArgumentException("buckets array must have at least two elements");
        }
    }

    /** One partition's counts, one per bucket ({@code buckets.length - 1} of them). */
    public static long[] countPartition(Iterator<Double> values, double[] buckets, boolean evenBuckets) {
        requireNonNull(values, "values is null");
        checkBuckets(buckets);
        long[] counts = new long[buckets.length - 1];
        double first = buckets[0];
        double last = buckets[buckets.length - 1];
        int bucketCount = buckets.length - 1;
        while (values.hasNext()) {
            double value = values.next();
            int bucket = evenBuckets ? evenBucket(value, first, last, bucketCount) : searchBucket(value, buckets);
            if (bucket >= 0) {
                counts[bucket]++;
            }
        }
        return counts;
    }

    // Spark's fastBucketFunction: the bucket from the value's relative position, -1 for none.
    private static int evenBucket(double value, double min, double max, int bucketCount) {
        if (Double.isNaN(value) || value < min || value > max) {
            return -1;
        }
        int bucket = (int) (((value - min) / (max - min)) * bucketCount);
        // The maximum itself belongs to the last, closed bucket.
        return Math.min(bucket, bucketCount - 1);
    }

    // Spark's basicBucketFunction: a binary search over the bounds, -1 for none.
    private static int searchBucket(double value, double[] buckets) {
        int location = Arrays.binarySearch(buckets, value);
        if (location < 0) {
            int insertionPoint = -location - 1;
            return insertionPoint > 0 && insertionPoint < buckets.length ? insertionPoint - 1 : -1;
        }
        return location < buckets.length - 1 ? location : location - 1;
    }

    /** Two partitions' counts added up, into a new array. */
    public static long[] mergeCounts(long[] first, long[] second) {
        requireNonNull(first, "first is null");
        requireNonNull(second, "second is null");
        long[] merged = first.clone();
        for (int i = 0; i < merged.length; i++) {
            merged[i] += second[i];
        }
        return merged;
    }

    /** What {@code histogram(buckets, evenBuckets)} returns for a double RDD of these partitions. */
    public static long[] histogram(List<? extends List<Double>> partitions, double[] buckets, boolean evenBuckets) {
        requireNonNull(partitions, "partitions is null");
        checkBuckets(buckets);
        long[] counts = new long[buckets.length - 1];
        for (List<Double> partition : partitions) {
            counts = mergeCounts(counts, countPartition(partition.iterator(), buckets, evenBuckets));
        }
        return counts;
    }

    /**
     * What {@code histogram(bucketCount)} returns for a double RDD of these partitions. With no
     * partitions it fails as Spark's reduce of nothing does.
     */
    public static Result histogram(List<? extends List<Double>> partitions, int bucketCount) {
        requireNonNull(partitions, "partitions is null");
        if (partitions.isEmpty()) {
            throw new UnsupportedOperationException("empty collection");
        }
        MaxMin extremes = MaxMin.EMPTY;
        for (List<Double> partition : partitions) {
            extremes = extremes.merge(maxMin(partition.iterator()));
        }
        double[] buckets = evenBuckets(extremes, bucketCount);
        return new Result(buckets, histogram(partitions, buckets, true));
    }
}

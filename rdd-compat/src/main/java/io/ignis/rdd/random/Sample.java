package io.ignis.rdd.random;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * {@code RDD.sample(withReplacement, fraction, seed)} as Spark computes it, in pieces the engine
 * runs where Spark runs them.
 *
 * <ol>
 *   <li>On the driver, when {@code sample} is called: {@link #checkArguments} (Spark fails there,
 *       before any job).</li>
 *   <li>On the driver, when the partitions are listed: {@link #partitionSeeds}. Spark's
 *       {@code PartitionwiseSampledRDD} draws one {@code nextLong()} per parent partition, in index
 *       order, from {@code new java.util.Random(seed)}; partition {@code i} gets the {@code i+1}-th.</li>
 *   <li>In each partition's task: {@link #samplePartition} with that partition's seed: a
 *       {@link PoissonSampler} with replacement, a {@link BernoulliSampler} without.</li>
 * </ol>
 *
 * The result keeps the parent's partitioning. {@link #sample(List, boolean, double, long)} is the
 * whole operation over in-memory partitions: what {@code collect()} of such an RDD returns.
 */
public final class Sample {
    private Sample() {}

    /**
     * Spark's checks of {@code sample}'s arguments, with its exception types and messages: a
     * negative (or NaN) fraction fails, and without replacement so does one above 1.
     */
    public static void checkArguments(boolean withReplacement, double fraction) {
        if (!(fraction >= 0)) {
            throw new IllegalArgumentException("requirement failed: Fraction must be nonnegative, but got " + fraction);
        }
        if (!withReplacement) {
            BernoulliSampler.checkFraction(fraction);
        }
    }

    /** The seeds of partitions {@code 0 .. partitionCount-1} of a sample drawn with {@code seed}. */
    public static long[] partitionSeeds(long seed, int partitionCount) {
        if (partitionCount < 0) {
            throw new IllegalArgumentException("partitionCount is negative: " + partitionCount);
        }
        Random random = new Random(seed);
        long[] seeds = new long[partitionCount];
        for (int i = 0; i < partitionCount; i++) {
            seeds[i] = random.nextLong();
        }
        return seeds;
    }

    /** The sampler of one partition, seeded with that partition's seed from {@link #partitionSeeds}. */
    public static RandomSampler sampler(boolean withReplacement, double fraction, long partitionSeed) {
        return withReplacement
                ? new PoissonSampler(fraction, partitionSeed)
                : new BernoulliSampler(fraction, partitionSeed);
    }

    /** One partition's sample, lazily, in the partition's order (with replacement, copies are adjacent). */
    public static <T> Iterator<T> samplePartition(Iterator<T> items, boolean withReplacement, double fraction,
            long partitionSeed) {
        requireNonNull(items, "items is null");
        return sampler(withReplacement, fraction, partitionSeed).sample(items);
    }

    /** What {@code rdd.sample(withReplacement, fraction, seed).collect()} returns for an RDD of these partitions. */
    public static <T> List<T> sample(List<? extends List<T>> partitions, boolean withReplacement, double fraction,
            long seed) {
        requireNonNull(partitions, "partitions is null");
        checkArguments(withReplacement, fraction);
        long[] seeds = partitionSeeds(seed, partitions.size());
        List<T> result = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            samplePartition(partitions.get(i).iterator(), withReplacement, fraction, seeds[i])
                    .forEachRemaining(result::add);
        }
        return result;
    }
}

package io.ignis.rdd.random;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The driver's side of {@code RDD.takeSample(withReplacement, num, seed)}, as Spark runs it,
 * written against {@link SampleSource}, the few jobs it needs (count, sample-and-collect, collect),
 * which the engine implements:
 *
 * <ol>
 *   <li>the arguments are checked, and {@code num == 0} returns nothing without a job;</li>
 *   <li>the RDD is counted; an empty one returns nothing;</li>
 *   <li>a {@code java.util.Random(seed)} drives the rest: without replacement and
 *       {@code num >= count}, everything is collected and shuffled; otherwise it samples with the
 *       fraction of {@link SamplingBounds#computeFractionForSampleSize} and the seed
 *       {@code random.nextInt()}, again with the next {@code nextInt()} while the sample holds
 *       fewer than {@code num} items, then shuffles the sample and keeps its first {@code num}.</li>
 * </ol>
 *
 * The shuffle is Spark's {@code Utils.randomizeInPlace} (Fisher-Yates from the end, with the same
 * generator), so the result's order is Spark's too.
 */
public final class TakeSample {
    /**
     * The largest sample {@code takeSample} supports: {@code Int.MaxValue - (10.0 * sqrt(Int.MaxValue)).toInt},
     * so that the oversampled fraction's expected size still fits an array.
     */
    public static final int MAX_SAMPLE_SIZE = Integer.MAX_VALUE - (int) (10.0 * Math.sqrt(Integer.MAX_VALUE));

    private TakeSample() {}

    /**
     * The jobs {@code takeSample} runs over one RDD. Each call is one Spark job over all partitions;
     * {@link #sample} must sample as {@code RDD.sample} does ({@link Sample}), with the given seed.
     */
    public interface SampleSource<T> {
        /** The RDD's number of items. */
        long count();

        /** {@code rdd.sample(withReplacement, fraction, seed).collect()}. */
        List<T> sample(boolean withReplacement, double fraction, long seed);

        /** {@code rdd.collect()}. */
        List<T> collect();
    }

    /** Spark's checks of {@code num}, with its messages. */
    public static void checkArguments(int num) {
        if (num < 0) {
            throw new IllegalArgumentException("requirement failed: Negative number of elements requested");
        }
        if (num > MAX_SAMPLE_SIZE) {
            throw new IllegalArgumentException("requirement failed: Cannot support a sample size > Int.MaxValue - "
                    + "10.0 * math.sqrt(Int.MaxValue)");
        }
    }

    /** What {@code rdd.takeSample(withReplacement, num, seed)} returns, given the RDD as a {@link SampleSource}. */
    public static <T> List<T> takeSample(SampleSource<T> source, boolean withReplacement, int num, long seed) {
        requireNonNull(source, "source is null");
        checkArguments(num);
        if (num == 0) {
            return new ArrayList<>();
        }
        long initialCount = source.count();
        if (initialCount == 0) {
            return new ArrayList<>();
        }
        Random random = new Random(seed);
        if (!withReplacement && num >= initialCount) {
            return randomizeInPlace(new ArrayList<>(source.collect()), random);
        }
        double fraction = SamplingBounds.computeFractionForSampleSize(num, initialCount, withReplacement);
        List<T> samples = source.sample(withReplacement, fraction, random.nextInt());
        // The fraction is chosen so this almost never repeats; Spark repeats with fresh seeds until it has enough.
        while (samples.size() < num) {
            samples = source.sample(withReplacement, fraction, random.nextInt());
        }
        List<T> shuffled = randomizeInPlace(new ArrayList<>(samples), random);
        return new ArrayList<>(shuffled.subList(0, num));
    }

    /**
     * Spark's {@code Utils.randomizeInPlace}: for {@code i} from the last index down to 1, swaps
     * item {@code i} with item {@code random.nextInt(i + 1)}. Returns {@code items}, shuffled.
     */
    public static <T> List<T> randomizeInPlace(List<T> items, Random random) {
        requireNonNull(items, "items is null");
        requireNonNull(random, "random is null");
        for (int i = items.size() - 1; i >= 1; i--) {
            int j = random.nextInt(i + 1);
            T swapped = items.get(j);
            items.set(j, items.get(i));
            items.set(i, swapped);
        }
        return items;
    }

    /** What {@code takeSample} returns for an RDD of these in-memory partitions. */
    public static <T> List<T> takeSample(List<? extends List<T>> partitions, boolean withReplacement, int num,
            long seed) {
        requireNonNull(partitions, "partitions is null");
        return takeSample(new SampleSource<T>() {
            @Override
            public long count() {
                long count = 0;
                for (List<T> partition : partitions) {
                    count += partition.size();
                }
                return count;
            }

            @Override
            public List<T> sample(boolean replacement, double fraction, long sampleSeed) {
                return Sample.sample(partitions, replacement, fraction, sampleSeed);
            }

            @Override
            public List<T> collect() {
                List<T> all = new ArrayList<>();
                partitions.forEach(all::addAll);
                return all;
            }
        }, withReplacement, num, seed);
    }
}

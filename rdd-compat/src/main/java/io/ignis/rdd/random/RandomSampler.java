package io.ignis.rdd.random;

import java.util.Iterator;

/**
 * A seeded sampler of one partition, as Spark's {@code RandomSampler}: for each item in turn it
 * decides how many copies go into the sample (0 or 1 without replacement, any count with
 * replacement). The decisions are a pure function of the seed and the item's position, so the
 * same seed and the same partition give the same sample as Spark, item for item.
 *
 * <p>A sampler holds its generator's state: one per partition, used by one thread.
 */
public sealed interface RandomSampler permits BernoulliSampler, BernoulliCellSampler, PoissonSampler {
    /** Spark's {@code RandomSampler.defaultMaxGapSamplingFraction}: at or below it, gap sampling is used. */
    double MAX_GAP_SAMPLING_FRACTION = 0.4;

    /** Spark's {@code RandomSampler.rngEpsilon}: gap sampling never takes the log of a smaller draw. */
    double RNG_EPSILON = 5e-11;

    /** Spark's {@code RandomSampler.roundingEpsilon}: how far bounds may stray past [0, 1] by rounding. */
    double ROUNDING_EPSILON = 1e-6;

    /** How many copies of the next item the sample holds; advances the generator as Spark's does. */
    int sample();

    /**
     * The sample of {@code items}, lazily: each item repeated {@link #sample()} times, in order.
     * Like Spark's iterators, an item's draw happens when the iteration reaches it.
     */
    default <T> Iterator<T> sample(Iterator<T> items) {
        return new RepeatingIterator<>(items, item -> sample());
    }
}

package io.ignis.rdd.random;

import java.util.Random;

/**
 * Sampling without replacement, Spark's {@code BernoulliSampler}, the sampler of
 * {@code RDD.sample(false, fraction, seed)}: each item is kept with probability {@code fraction},
 * drawn from an {@link XORShiftRandom} seeded with the partition's seed. Fractions up to
 * {@link RandomSampler#MAX_GAP_SAMPLING_FRACTION} use {@link GapSampling}; larger ones draw once
 * per item and keep it when the draw is {@code <= fraction}; 0 keeps nothing and 1 keeps all,
 * with no draws.
 */
public final class BernoulliSampler implements RandomSampler {
    private final double fraction;
    private final Random random;
    // Made at the first draw, as Spark's lazy val is (its constructor already draws).
    private GapSampling gapSampling;

    /**
     * A sampler keeping each item with probability {@code fraction}, which must lie in [0, 1]
     * (give or take {@link RandomSampler#ROUNDING_EPSILON}, as in Spark).
     */
    public BernoulliSampler(double fraction, long seed) {
        checkFraction(fraction);
        this.fraction = fraction;
        this.random = new XORShiftRandom(seed);
    }

    /** Spark's check of a sampling fraction without replacement, with its message. */
    public static void checkFraction(double fraction) {
        if (!(fraction >= (0.0 - ROUNDING_EPSILON) && fraction <= (1.0 + ROUNDING_EPSILON))) {
            throw new IllegalArgumentException(
                    "requirement failed: Sampling fraction (" + fraction + ") must be on interval [0, 1]");
        }
    }

    @Override
    public int sample() {
        if (fraction <= 0.0) {
            return 0;
        }
        if (fraction >= 1.0) {
            return 1;
        }
        if (fraction <= MAX_GAP_SAMPLING_FRACTION) {
            if (gapSampling == null) {
                gapSampling = new GapSampling(fraction, random, RNG_EPSILON);
            }
            return gapSampling.sample();
        }
        return random.nextDouble() <= fraction ? 1 : 0;
    }
}

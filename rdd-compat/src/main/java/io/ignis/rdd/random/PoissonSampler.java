package io.ignis.rdd.random;

import java.util.Random;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Sampling with replacement, Spark's {@code PoissonSampler}, the sampler of
 * {@code RDD.sample(true, fraction, seed)}: each item appears a Poisson({@code fraction}) number of
 * times. Fractions up to {@link RandomSampler#MAX_GAP_SAMPLING_FRACTION} use
 * {@link GapSamplingReplacement} over an {@link XORShiftRandom}; larger ones draw from commons-math3's
 * {@link PoissonDistribution} (its Well19937c generator reseeded with the partition's seed), the same
 * library and version Spark uses, so the counts are Spark's.
 */
public final class PoissonSampler implements RandomSampler {
    private final double fraction;
    private final boolean useGapSampling;
    private final PoissonDistribution poisson;
    private final Random gapRandom;
    // Made at the first draw, as Spark's lazy val is (its constructor already draws).
    private GapSamplingReplacement gapSampling;

    /** A sampler drawing Poisson({@code fraction}) copies of each item; {@code fraction} must be >= 0. */
    public PoissonSampler(double fraction, long seed) {
        this(fraction, true, seed);
    }

    /**
     * As {@link #PoissonSampler(double, long)}; {@code useGapSamplingIfPossible} false always draws
     * from the distribution, as Spark's two-argument constructor allows.
     */
    public PoissonSampler(double fraction, boolean useGapSamplingIfPossible, long seed) {
        if (!(fraction >= (0.0 - ROUNDING_EPSILON))) {
            throw new IllegalArgumentException("requirement failed: Sampling fraction (" + fraction + ") must be >= 0");
        }
        this.fraction = fraction;
        this.useGapSampling = useGapSamplingIfPossible && fraction <= MAX_GAP_SAMPLING_FRACTION;
        // The distribution rejects a mean <= 0; such a fraction samples nothing and never draws.
        this.poisson = new PoissonDistribution(fraction > 0.0 ? fraction : 1.0);
        this.poisson.reseedRandomGenerator(seed);
        this.gapRandom = new XORShiftRandom(seed);
    }

    @Override
    public int sample() {
        if (fraction <= 0.0) {
            return 0;
        }
        if (useGapSampling) {
            if (gapSampling == null) {
                gapSampling = new GapSamplingReplacement(fraction, gapRandom, RNG_EPSILON);
            }
            return gapSampling.sample();
        }
        return poisson.sample();
    }
}

package io.ignis.rdd.random;

import java.util.Random;

/**
 * Spark's {@code BernoulliCellSampler}, the sampler of {@code randomSplit}: one uniform draw per
 * item, kept when it falls in {@code [lowerBound, upperBound)} (or outside it, for the complement).
 * Every split of one partition uses the same seed, so each item's draw is the same in all of them
 * and lands in exactly one split's range: the splits partition the data.
 */
public final class BernoulliCellSampler implements RandomSampler {
    private final double lowerBound;
    private final double upperBound;
    private final boolean complement;
    private final Random random;

    /**
     * A sampler of the range {@code [lowerBound, upperBound)} of [0, 1), or of everything outside
     * it when {@code complement}; the bounds are checked as Spark checks them, with its messages.
     */
    public BernoulliCellSampler(double lowerBound, double upperBound, boolean complement, long seed) {
        if (!(lowerBound <= (upperBound + ROUNDING_EPSILON))) {
            throw new IllegalArgumentException("requirement failed: Lower bound (" + lowerBound
                    + ") must be <= upper bound (" + upperBound + ")");
        }
        if (!(lowerBound >= (0.0 - ROUNDING_EPSILON))) {
            throw new IllegalArgumentException("requirement failed: Lower bound (" + lowerBound + ") must be >= 0.0");
        }
        if (!(upperBound <= (1.0 + ROUNDING_EPSILON))) {
            throw new IllegalArgumentException("requirement failed: Upper bound (" + upperBound + ") must be <= 1.0");
        }
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
        this.complement = complement;
        this.random = new XORShiftRandom(seed);
    }

    @Override
    public int sample() {
        // An empty range draws nothing: Spark returns before touching the generator.
        if (upperBound - lowerBound <= 0.0) {
            return complement ? 1 : 0;
        }
        double x = random.nextDouble();
        int inRange = (x >= lowerBound && x < upperBound) ? 1 : 0;
        return complement ? 1 - inRange : inRange;
    }
}

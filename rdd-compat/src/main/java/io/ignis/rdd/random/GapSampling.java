package io.ignis.rdd.random;

import java.util.Random;

/**
 * Bernoulli sampling by gaps, Spark's {@code GapSampling}: instead of one draw per item, one draw
 * per accepted item decides how many items to skip before the next acceptance (a geometric gap,
 * {@code floor(log(u) / log(1 - f))}). Spark uses it for fractions up to
 * {@link RandomSampler#MAX_GAP_SAMPLING_FRACTION}, where it is cheaper; the draws it makes differ
 * from per-item sampling, so using it at the same fractions is what makes the samples equal.
 */
final class GapSampling {
    private final Random random;
    private final double epsilon;
    private final double logOfComplement;
    private int countForDropping;

    GapSampling(double fraction, Random random, double epsilon) {
        if (!(fraction > 0.0 && fraction < 1.0)) {
            throw new IllegalArgumentException(
                    "requirement failed: Sampling fraction (" + fraction + ") must reside on open interval (0, 1)");
        }
        if (!(epsilon > 0.0)) {
            throw new IllegalArgumentException("requirement failed: epsilon (" + epsilon + ") must be > 0");
        }
        this.random = random;
        this.epsilon = epsilon;
        this.logOfComplement = Math.log1p(-fraction);
        // The first gap is drawn when the sampler is made, as Spark's constructor does.
        advance();
    }

    /** 1 if the next item is accepted, 0 if it falls in the current gap. */
    int sample() {
        if (countForDropping > 0) {
            countForDropping--;
            return 0;
        }
        advance();
        return 1;
    }

    private void advance() {
        double u = Math.max(random.nextDouble(), epsilon);
        countForDropping = (int) (Math.log(u) / logOfComplement);
    }
}

package io.ignis.rdd.random;

import java.util.Random;

/**
 * Poisson sampling by gaps, Spark's {@code GapSamplingReplacement}: one draw decides how many items
 * get no copy ({@code floor(log(u) / -f)}), and an accepted item's count is drawn from the Poisson
 * distribution conditioned on being at least 1, by Knuth's product of uniforms. Spark uses it for
 * fractions up to {@link RandomSampler#MAX_GAP_SAMPLING_FRACTION}.
 */
final class GapSamplingReplacement {
    private final double fraction;
    private final Random random;
    private final double epsilon;
    private final double q;
    private int countForDropping;

    GapSamplingReplacement(double fraction, Random random, double epsilon) {
        if (!(fraction > 0.0)) {
            throw new IllegalArgumentException("requirement failed: Sampling fraction (" + fraction + ") must be > 0");
        }
        if (!(epsilon > 0.0)) {
            throw new IllegalArgumentException("requirement failed: epsilon (" + epsilon + ") must be > 0");
        }
        this.fraction = fraction;
        this.random = random;
        this.epsilon = epsilon;
        this.q = Math.exp(-fraction);
        // The first gap is drawn when the sampler is made, as Spark's constructor does.
        advance();
    }

    /** How many copies of the next item go into the sample. */
    int sample() {
        if (countForDropping > 0) {
            countForDropping--;
            return 0;
        }
        int copies = poissonAtLeastOne();
        advance();
        return copies;
    }

    // Knuth's method started as if the first uniform had already kept the product above q.
    private int poissonAtLeastOne() {
        double product = q + ((1.0 - q) * random.nextDouble());
        int copies = 1;
        product *= random.nextDouble();
        while (product > q) {
            copies++;
            product *= random.nextDouble();
        }
        return copies;
    }

    private void advance() {
        double u = Math.max(random.nextDouble(), epsilon);
        countForDropping = (int) (Math.log(u) / (-fraction));
    }
}

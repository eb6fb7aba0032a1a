package io.ignis.rdd.random;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * The generator of Spark's stratified sampling ({@code StratifiedSamplingUtils.RandomDataGenerator}):
 * uniforms from an {@link XORShiftRandom}, and Poisson counts from one commons-math3
 * {@link PoissonDistribution} per distinct mean, each reseeded with the same seed when first used.
 * Both the acceptance pass and the sampling pass of {@code sampleByKeyExact} make one of these per
 * partition with the same seed, so they see the same numbers.
 */
final class StratifiedRandom {
    private final XORShiftRandom uniform;
    private final long seed;
    private final Map<Double, PoissonDistribution> poissonByMean = new HashMap<>();

    StratifiedRandom(long seed) {
        this.uniform = new XORShiftRandom(seed);
        this.seed = seed;
    }

    /** A Poisson count of the given mean; the mean must be positive (commons-math3 rejects others, as in Spark). */
    int nextPoisson(double mean) {
        PoissonDistribution poisson = poissonByMean.get(mean);
        if (poisson == null) {
            poisson = new PoissonDistribution(mean);
            poisson.reseedRandomGenerator(seed);
            poissonByMean.put(mean, poisson);
        }
        return poisson.sample();
    }

    double nextUniform() {
        return uniform.nextDouble();
    }
}

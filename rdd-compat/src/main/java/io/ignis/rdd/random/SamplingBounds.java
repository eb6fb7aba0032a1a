package io.ignis.rdd.random;

/**
 * Spark's confidence bounds for sample sizes ({@code PoissonBounds}, {@code BinomialBounds}) and
 * {@code SamplingUtils.computeFractionForSampleSize}, the fraction {@code takeSample} samples with so
 * that one pass almost always yields enough items. The arithmetic is Spark's, operation for
 * operation, so the fractions (and so the samples drawn with them) are the same.
 */
public final class SamplingBounds {
    /** Spark's {@code BinomialBounds.minSamplingRate}. */
    public static final double MIN_SAMPLING_RATE = 1e-10;

    private SamplingBounds() {}

    /**
     * A Poisson mean {@code lambda} such that Pr[Poisson(lambda) >= s] is close to 1: the lower
     * acceptance bound of exact stratified sampling with replacement.
     */
    public static double poissonLowerBound(double s) {
        return Math.max(s - poissonStandardDeviations(s) * Math.sqrt(s), 1e-15);
    }

    /** A Poisson mean {@code lambda} such that Pr[Poisson(lambda) < s] is close to 1. */
    public static double poissonUpperBound(double s) {
        return Math.max(s + poissonStandardDeviations(s) * Math.sqrt(s), 1e-10);
    }

    // Spark's margin, wider for small means where the normal approximation is poor.
    private static double poissonStandardDeviations(double s) {
        if (s < 6.0) {
            return 12.0;
        }
        if (s < 16.0) {
            return 9.0;
        }
        return 6.0;
    }

    /**
     * A sampling rate {@code p} such that Pr[Binomial(n, p) <= fraction * n] is at least
     * {@code 1 - delta}: the instant-accept bound of exact stratified sampling without replacement.
     */
    public static double binomialLowerBound(double delta, long n, double fraction) {
        double gamma = -Math.log(delta) / n * (2.0 / 3.0);
        return fraction + gamma - Math.sqrt(gamma * gamma + 3 * gamma * fraction);
    }

    /** A sampling rate {@code p} such that Pr[Binomial(n, p) >= fraction * n] is at least {@code 1 - delta}. */
    public static double binomialUpperBound(double delta, long n, double fraction) {
        double gamma = -Math.log(delta) / n;
        return Math.min(1,
                Math.max(MIN_SAMPLING_RATE, fraction + gamma + Math.sqrt(gamma * gamma + 2 * gamma * fraction)));
    }

    /**
     * The fraction {@code takeSample} samples {@code total} items with to get at least
     * {@code sampleSizeLowerBound} of them with probability about 0.9999 (Spark's
     * {@code SamplingUtils.computeFractionForSampleSize}): a Poisson bound with replacement, a
     * binomial one (delta 1e-4) without.
     */
    public static double computeFractionForSampleSize(int sampleSizeLowerBound, long total, boolean withReplacement) {
        if (withReplacement) {
            return poissonUpperBound(sampleSizeLowerBound) / total;
        }
        double fraction = (double) sampleSizeLowerBound / total;
        return binomialUpperBound(1e-4, total, fraction);
    }
}

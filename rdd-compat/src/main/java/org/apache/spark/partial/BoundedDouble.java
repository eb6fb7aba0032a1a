package org.apache.spark.partial;

/**
 * An approximate double: its mean and an interval [low, high] holding the true value with the
 * given confidence. Ignis answers approximate actions exactly, so low = high = mean and the
 * confidence is 1 there; programs read it as they would Spark's. Prints as Spark's does
 * ({@code [low, high]} with three decimals).
 */
public class BoundedDouble {
    private final double mean;
    private final double confidence;
    private final double low;
    private final double high;

    public BoundedDouble(double mean, double confidence, double low, double high) {
        this.mean = mean;
        this.confidence = confidence;
        this.low = low;
        this.high = high;
    }

    public double mean() {
        return mean;
    }

    public double confidence() {
        return confidence;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    @Override
    public String toString() {
        return String.format("[%.3f, %.3f]", low, high);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(mean) ^ Double.hashCode(confidence) ^ Double.hashCode(low) ^ Double.hashCode(high);
    }

    // Spark compares the doubles with ==, so a NaN bound makes a value unequal to itself.
    @Override
    public boolean equals(Object other) {
        return other instanceof BoundedDouble that
                && mean == that.mean
                && confidence == that.confidence
                && low == that.low
                && high == that.high;
    }
}

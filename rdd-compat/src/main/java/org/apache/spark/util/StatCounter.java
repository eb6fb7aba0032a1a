package org.apache.spark.util;

import java.io.Serializable;
import scala.collection.IterableOnce;
import scala.collection.Iterator;
import scala.collection.immutable.Seq;

/**
 * Spark's {@code org.apache.spark.util.StatCounter}: count, mean, variance (by Welford's running
 * update and Chan et al.'s pairwise merge), maximum and minimum of a set of doubles, in numerically
 * stable form, mergeable across partitions. The signatures are Spark 4.2.0's (the Scala collection
 * constructor and {@code apply}s included) and the arithmetic is Spark's operation for operation, so
 * the same values merged in the same order give the same bits.
 *
 * <p>Mutable, as Spark's is: {@code merge} changes this counter and returns it.
 */
public class StatCounter implements Serializable {
    private static final long serialVersionUID = 1L;

    private long n;
    private double mu;
    // Sum of squared deviations from the mean.
    private double m2;
    private double maxValue = Double.NEGATIVE_INFINITY;
    private double minValue = Double.POSITIVE_INFINITY;

    /** A counter over {@code values} (boxed doubles; a null counts as 0.0, as Scala unboxes it). */
    public StatCounter(IterableOnce<Object> values) {
        merge(values);
    }

    /** An empty counter. */
    public StatCounter() {}

    /** Scala's {@code StatCounter(values)}. */
    public static StatCounter apply(IterableOnce<Object> values) {
        return new StatCounter(values);
    }

    /** Scala's {@code StatCounter(values: Double*)}. */
    public static StatCounter apply(Seq<Object> values) {
        return new StatCounter(values);
    }

    /** Adds a value. */
    public StatCounter merge(double value) {
        double delta = value - mu;
        n += 1;
        mu += delta / n;
        m2 += delta * (value - mu);
        maxValue = Math.max(maxValue, value);
        minValue = Math.min(minValue, value);
        return this;
    }

    /** Adds every value (boxed doubles). */
    public StatCounter merge(IterableOnce<Object> values) {
        Iterator<Object> iterator = values.iterator();
        while (iterator.hasNext()) {
            Object value = iterator.next();
            merge(value == null ? 0.0 : ((Double) value).doubleValue());
        }
        return this;
    }

    /** Adds another counter's values; merging a counter into itself doubles it. */
    public StatCounter merge(StatCounter other) {
        if (other == this) {
            return merge(other.copy());
        }
        if (n == 0) {
            mu = other.mu;
            m2 = other.m2;
            n = other.n;
            maxValue = other.maxValue;
            minValue = other.minValue;
        } else if (other.n != 0) {
            double delta = other.mu - mu;
            // Spark's choice of mean update by the counts' ratio, kept for equal bits.
            if (other.n * 10 < n) {
                mu = mu + (delta * other.n) / (n + other.n);
            } else if (n * 10 < other.n) {
                mu = other.mu - (delta * n) / (n + other.n);
            } else {
                mu = (mu * n + other.mu * other.n) / (n + other.n);
            }
            m2 += other.m2 + (delta * delta * n * other.n) / (n + other.n);
            n += other.n;
            maxValue = Math.max(maxValue, other.maxValue);
            minValue = Math.min(minValue, other.minValue);
        }
        return this;
    }

    /** A counter with this one's state. */
    public StatCounter copy() {
        StatCounter other = new StatCounter();
        other.n = n;
        other.mu = mu;
        other.m2 = m2;
        other.maxValue = maxValue;
        other.minValue = minValue;
        return other;
    }

    public long count() {
        return n;
    }

    public double mean() {
        return mu;
    }

    public double sum() {
        return n * mu;
    }

    public double max() {
        return maxValue;
    }

    public double min() {
        return minValue;
    }

    /** The population variance (Spark's {@code variance} is {@link #popVariance}). */
    public double variance() {
        return popVariance();
    }

    /** The population variance, NaN when empty. */
    public double popVariance() {
        if (n == 0) {
            return Double.NaN;
        }
        return m2 / n;
    }

    /** The sample variance (divided by {@code n - 1}), NaN below two values. */
    public double sampleVariance() {
        if (n <= 1) {
            return Double.NaN;
        }
        return m2 / (n - 1);
    }

    /** The population standard deviation. */
    public double stdev() {
        return popStdev();
    }

    public double popStdev() {
        return Math.sqrt(popVariance());
    }

    public double sampleStdev() {
        return Math.sqrt(sampleVariance());
    }

    @Override
    public String toString() {
        return String.format("(count: %d, mean: %f, stdev: %f, max: %f, min: %f)", count(), mean(), stdev(), max(),
                min());
    }
}

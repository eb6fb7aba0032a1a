package org.apache.spark.util;

/** Spark's accumulator of doubles: sum, count of additions, and their average. */
public class DoubleAccumulator extends AccumulatorV2<Double, Double> {
    private double sum;
    private long count;

    public DoubleAccumulator() {}

    @Override
    public boolean isZero() {
        return sum == 0.0 && count == 0L;
    }

    @Override
    public DoubleAccumulator copy() {
        DoubleAccumulator copy = new DoubleAccumulator();
        copy.sum = sum;
        copy.count = count;
        return copy;
    }

    @Override
    public void reset() {
        sum = 0.0;
        count = 0L;
    }

    @Override
    public void add(Double value) {
        sum += value;
        count++;
    }

    public void add(double value) {
        sum += value;
        count++;
    }

    public long count() {
        return count;
    }

    public double sum() {
        return sum;
    }

    public double avg() {
        return sum / count;
    }

    @Override
    public void merge(AccumulatorV2<Double, Double> other) {
        if (other instanceof DoubleAccumulator o) {
            sum += o.sum;
            count += o.count;
        } else {
            throw new UnsupportedOperationException("Cannot merge " + getClass().getName() + " with " + other.getClass().getName());
        }
    }

    public void setValue(double value) {
        sum = value;
    }

    @Override
    public Double value() {
        return sum;
    }
}

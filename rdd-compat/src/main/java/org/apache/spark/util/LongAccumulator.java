package org.apache.spark.util;

/** Spark's accumulator of longs: sum, count of additions, and their average. */
public class LongAccumulator extends AccumulatorV2<Long, Long> {
    private long sum;
    private long count;

    public LongAccumulator() {}

    @Override
    public boolean isZero() {
        return sum == 0L && count == 0L;
    }

    @Override
    public LongAccumulator copy() {
        LongAccumulator copy = new LongAccumulator();
        copy.sum = sum;
        copy.count = count;
        return copy;
    }

    @Override
    public void reset() {
        sum = 0L;
        count = 0L;
    }

    @Override
    public void add(Long value) {
        sum += value;
        count++;
    }

    public void add(long value) {
        sum += value;
        count++;
    }

    public long count() {
        return count;
    }

    public long sum() {
        return sum;
    }

    public double avg() {
        return (double) sum / count;
    }

    @Override
    public void merge(AccumulatorV2<Long, Long> other) {
        if (other instanceof LongAccumulator o) {
            sum += o.sum;
            count += o.count;
        } else {
            throw new UnsupportedOperationException("Cannot merge " + getClass().getName() + " with " + other.getClass().getName());
        }
    }

    public void setValue(long value) {
        sum = value;
    }

    @Override
    public Long value() {
        return sum;
    }
}

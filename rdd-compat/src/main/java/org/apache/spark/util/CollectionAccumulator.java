package org.apache.spark.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Spark's accumulator that collects elements into a list (in no defined order across tasks). */
public class CollectionAccumulator<T> extends AccumulatorV2<T, List<T>> {
    private List<T> list = Collections.synchronizedList(new ArrayList<>());

    public CollectionAccumulator() {}

    @Override
    public synchronized boolean isZero() {
        return list.isEmpty();
    }

    @Override
    public CollectionAccumulator<T> copyAndReset() {
        return new CollectionAccumulator<>();
    }

    @Override
    public CollectionAccumulator<T> copy() {
        CollectionAccumulator<T> copy = new CollectionAccumulator<>();
        synchronized (this) {
            copy.list.addAll(list);
        }
        return copy;
    }

    @Override
    public synchronized void reset() {
        list.clear();
    }

    @Override
    public void add(T value) {
        list.add(value);
    }

    @Override
    public void merge(AccumulatorV2<T, List<T>> other) {
        if (other instanceof CollectionAccumulator<T> o) {
            list.addAll(o.value());
        } else {
            throw new UnsupportedOperationException("Cannot merge " + getClass().getName() + " with " + other.getClass().getName());
        }
    }

    /** A copy of the elements, as Spark returns (an unmodifiable list). */
    @Override
    public synchronized List<T> value() {
        synchronized (list) {
            return Collections.unmodifiableList(new ArrayList<>(list));
        }
    }

    public void setValue(List<T> newValue) {
        synchronized (this) {
            list.clear();
            list.addAll(newValue);
        }
    }
}

package org.apache.spark.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * A function that turns one element into zero or more doubles (flatMapToDouble).
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface DoubleFlatMapFunction<T> extends Serializable {
    Iterator<Double> call(T t) throws Exception;
}

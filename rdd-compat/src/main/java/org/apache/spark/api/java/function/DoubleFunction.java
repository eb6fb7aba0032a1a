package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * A function that turns one element into a double (mapToDouble).
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface DoubleFunction<T> extends Serializable {
    double call(T t) throws Exception;
}

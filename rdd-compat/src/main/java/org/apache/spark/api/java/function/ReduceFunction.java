package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * The Dataset API's associative combination of two elements into one.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface ReduceFunction<T> extends Serializable {
    T call(T v1, T v2) throws Exception;
}

package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * The Dataset API's function of one element to one result.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface MapFunction<T, U> extends Serializable {
    U call(T value) throws Exception;
}

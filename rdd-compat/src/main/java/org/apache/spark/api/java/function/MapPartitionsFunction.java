package org.apache.spark.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * The Dataset API's function of one partition's elements to its results.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface MapPartitionsFunction<T, U> extends Serializable {
    Iterator<U> call(Iterator<T> input) throws Exception;
}

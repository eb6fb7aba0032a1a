package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * The Dataset API's predicate: true keeps the element.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface FilterFunction<T> extends Serializable {
    boolean call(T value) throws Exception;
}

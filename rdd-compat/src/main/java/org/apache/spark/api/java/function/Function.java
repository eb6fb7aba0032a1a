package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * A function of one argument returning a value (map, filter, mapValues...).
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface Function<T1, R> extends Serializable {
    R call(T1 v1) throws Exception;
}

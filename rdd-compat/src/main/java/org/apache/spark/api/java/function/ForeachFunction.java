package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * The Dataset API's function applied to each element for its effect.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface ForeachFunction<T> extends Serializable {
    void call(T t) throws Exception;
}

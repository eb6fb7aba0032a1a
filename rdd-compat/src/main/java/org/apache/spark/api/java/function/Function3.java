package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * A function of three arguments returning a value.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface Function3<T1, T2, T3, R> extends Serializable {
    R call(T1 v1, T2 v2, T3 v3) throws Exception;
}

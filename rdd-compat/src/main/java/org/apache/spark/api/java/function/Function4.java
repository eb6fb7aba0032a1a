package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * A function of four arguments returning a value.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface Function4<T1, T2, T3, T4, R> extends Serializable {
    R call(T1 v1, T2 v2, T3 v3, T4 v4) throws Exception;
}

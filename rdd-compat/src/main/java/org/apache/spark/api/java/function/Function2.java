package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * A function of two arguments returning a value (reduce, fold, combiners...).
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface Function2<T1, T2, R> extends Serializable {
    R call(T1 v1, T2 v2) throws Exception;
}

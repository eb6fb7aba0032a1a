package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * A function of one argument with no result (foreach, foreachPartition).
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface VoidFunction<T> extends Serializable {
    void call(T t) throws Exception;
}

package org.apache.spark.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * A function of two arguments returning zero or more results (zipPartitions).
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface FlatMapFunction2<T1, T2, R> extends Serializable {
    Iterator<R> call(T1 t1, T2 t2) throws Exception;
}

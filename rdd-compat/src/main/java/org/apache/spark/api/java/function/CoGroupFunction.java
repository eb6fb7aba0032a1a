package org.apache.spark.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * The Dataset API's function of one key's values from two cogrouped datasets to zero or more results.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface CoGroupFunction<K, V1, V2, R> extends Serializable {
    Iterator<R> call(K key, Iterator<V1> left, Iterator<V2> right) throws Exception;
}

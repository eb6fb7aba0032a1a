package org.apache.spark.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * The Dataset API's function of one group (its key and values) to one result.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface MapGroupsFunction<K, V, R> extends Serializable {
    R call(K key, Iterator<V> values) throws Exception;
}

package org.apache.spark.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * The Dataset API's function applied to each partition's elements for its effect.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface ForeachPartitionFunction<T> extends Serializable {
    void call(Iterator<T> t) throws Exception;
}

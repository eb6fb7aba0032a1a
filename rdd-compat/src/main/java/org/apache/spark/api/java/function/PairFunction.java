package org.apache.spark.api.java.function;

import java.io.Serializable;
import scala.Tuple2;

/**
 * A function that turns one element into a key-value pair (mapToPair).
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface PairFunction<T, K, V> extends Serializable {
    Tuple2<K, V> call(T t) throws Exception;
}

package org.apache.spark.api.java.function;

import java.io.Serializable;
import java.util.Iterator;
import scala.Tuple2;

/**
 * A function that turns one element into zero or more key-value pairs (flatMapToPair).
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface PairFlatMapFunction<T, K, V> extends Serializable {
    Iterator<Tuple2<K, V>> call(T t) throws Exception;
}

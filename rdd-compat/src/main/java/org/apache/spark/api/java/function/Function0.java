package org.apache.spark.api.java.function;

import java.io.Serializable;

/**
 * A function of no arguments returning a value.
 * Spark's Java API takes it as a serializable lambda or class; as in Spark, {@code call} may throw
 * any exception, which fails the task that ran it.
 */
@FunctionalInterface
public interface Function0<R> extends Serializable {
    R call() throws Exception;
}

package org.apache.spark.serializer;

/**
 * Spark's choice of how a shuffle writes its records, as the API names it (for example in
 * {@code JavaPairRDD.combineByKey(..., serializer)}). Ignis accepts one wherever Spark's API takes
 * one and ignores it: shuffle blocks always travel in the runtime's own wire form (Kryo 5), so
 * there is nothing to choose. Only the type exists here, for programs that pass one (or null).
 */
public abstract class Serializer {
    protected Serializer() {}
}

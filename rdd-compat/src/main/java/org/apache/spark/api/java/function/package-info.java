/**
 * Spark's Java function interfaces: serializable single-method interfaces that Java programs pass to
 * the RDD and Dataset APIs as lambdas or classes. Same names, type parameters and {@code throws} as
 * Spark 4.2's, so programs compile against Ignis unchanged.
 */
package org.apache.spark.api.java.function;

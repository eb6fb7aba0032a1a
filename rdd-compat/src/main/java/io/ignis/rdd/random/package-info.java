/**
 * Spark's sampling, random-number and statistics algorithms, bit for bit: {@link
 * io.ignis.rdd.random.XORShiftRandom}, the samplers behind {@code sample} and {@code randomSplit},
 * the driver logic of {@code takeSample}, stratified {@code sampleByKey(Exact)}, and the arithmetic of
 * {@code stats} and {@code histogram}. Everything here is a pure function of its inputs and seeds,
 * independent of the RDD engine, which calls the per-partition functions in its tasks and the
 * driver functions on the driver; each class also has an in-memory reference over
 * {@code List<List<T>>} partitions, giving what {@code collect()} of an RDD with those partitions
 * returns in Spark.
 */
package io.ignis.rdd.random;

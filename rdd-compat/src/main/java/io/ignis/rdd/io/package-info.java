/**
 * Hadoop file input and output for the RDD engine: RDDs over old- and new-API input formats
 * ({@link io.ignis.rdd.io.HadoopRdd}, {@link io.ignis.rdd.io.NewHadoopRdd}), the file sources of a
 * SparkContext ({@link io.ignis.rdd.io.HadoopInput}), the saveAs* actions
 * ({@link io.ignis.rdd.io.HadoopOutput}) and reliable checkpoints
 * ({@link io.ignis.rdd.io.ReliableCheckpointer}). Everything goes through Hadoop's FileSystem and
 * Input/OutputFormats, so any Hadoop file system works, and partitions and output files match Spark's.
 */
package io.ignis.rdd.io;

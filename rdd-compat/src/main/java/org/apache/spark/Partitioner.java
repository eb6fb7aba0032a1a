package org.apache.spark;

import java.io.Serializable;

/**
 * How a keyed RDD's elements are spread over partitions: a partition count and the partition of
 * each key. Keyed operations ({@code partitionBy}, {@code reduceByKey(partitioner, ...)},
 * {@code join}) take one; two RDDs with equal partitioners are laid out alike, so joining them
 * needs no shuffle. A program may subclass it; it must be serializable, as it travels with tasks.
 */
public abstract class Partitioner implements Serializable {
    private static final long serialVersionUID = 1L;

    public abstract int numPartitions();

    /** The partition of {@code key}, from 0 to {@link #numPartitions()} less one. */
    public abstract int getPartition(Object key);
}

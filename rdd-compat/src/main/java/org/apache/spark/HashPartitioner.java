package org.apache.spark;

/**
 * Spark's default partitioner: a key goes to {@code key.hashCode()} modulo the partition count,
 * made non-negative, and a null key to partition 0, so the same keys land in the same partitions
 * as on Spark. Two hash partitioners are equal when their partition counts are.
 */
public class HashPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;

    private final int partitions;

    public HashPartitioner(int partitions) {
        if (partitions < 0) {
            throw new IllegalArgumentException(
                    "requirement failed: Number of partitions (" + partitions + ") cannot be negative.");
        }
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        if (key == null) {
            return 0;
        }
        int remainder = key.hashCode() % partitions;
        return remainder < 0 ? remainder + partitions : remainder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HashPartitioner that && that.numPartitions() == numPartitions();
    }

    @Override
    public int hashCode() {
        return numPartitions();
    }
}

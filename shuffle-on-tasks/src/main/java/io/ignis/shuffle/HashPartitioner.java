package io.ignis.shuffle;

/**
 * Partitions by {@code key.hashCode()} modulo the number of partitions, made non-negative; a null
 * key goes to partition 0. The same placement as Spark's {@code HashPartitioner}, so partition
 * contents match Spark's for the same keys.
 */
public record HashPartitioner<K>(int numPartitions) implements Partitioner<K> {
    public HashPartitioner {
        if (numPartitions < 1) {
            throw new IllegalArgumentException("numPartitions must be positive, got " + numPartitions);
        }
    }

    @Override
    public int partition(K key) {
        if (key == null) {
            return 0;
        }
        int mod = key.hashCode() % numPartitions;
        return mod < 0 ? mod + numPartitions : mod;
    }
}

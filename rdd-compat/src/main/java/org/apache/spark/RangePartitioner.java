package org.apache.spark;

/**
 * Spark's range partitioner as the result of {@code sortByKey} reports it: the key ranges chosen
 * from a sample, one partition per range. Made by Ignis's sort (Java code does not build Spark's,
 * whose constructor takes Scala orderings and class tags).
 */
public class RangePartitioner<K, V> extends Partitioner {
    private final io.ignis.shuffle.RangePartitioner<K> ignis;

    public RangePartitioner(io.ignis.shuffle.RangePartitioner<K> ignis) {
        this.ignis = java.util.Objects.requireNonNull(ignis, "ignis is null");
    }

    /** The engine partitioner (Ignis's own; not part of Spark's API). */
    public io.ignis.shuffle.RangePartitioner<K> ignis() {
        return ignis;
    }

    @Override
    public int numPartitions() {
        return ignis.numPartitions();
    }

    @Override
    @SuppressWarnings("unchecked")
    public int getPartition(Object key) {
        return ignis.partition((K) key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RangePartitioner<?, ?> range && range.ignis.bounds().equals(ignis.bounds());
    }

    @Override
    public int hashCode() {
        return ignis.bounds().hashCode();
    }
}

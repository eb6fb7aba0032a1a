package io.ignis.rdd.compat;

import java.util.Objects;

/**
 * Spark's partitioners as shuffle-on-tasks partitioners and back. A Spark {@code HashPartitioner}
 * becomes the engine's hash partitioner (same placement), so equal partitioners compare equal and
 * co-partitioned data is not shuffled again; any other Spark partitioner is wrapped.
 */
public final class Partitioners {
    private Partitioners() {}

    @SuppressWarnings("unchecked")
    public static <K> io.ignis.shuffle.Partitioner<K> toIgnis(org.apache.spark.Partitioner partitioner) {
        Objects.requireNonNull(partitioner, "partitioner is null");
        if (partitioner.getClass() == org.apache.spark.HashPartitioner.class) {
            return new io.ignis.shuffle.HashPartitioner<>(partitioner.numPartitions());
        }
        if (partitioner instanceof org.apache.spark.RangePartitioner<?, ?> range) {
            return (io.ignis.shuffle.Partitioner<K>) range.ignis();
        }
        return (io.ignis.shuffle.Partitioner<K>) new Wrapped(partitioner);
    }

    public static org.apache.spark.Partitioner toSpark(io.ignis.shuffle.Partitioner<?> partitioner) {
        if (partitioner == null) {
            return null;
        }
        if (partitioner instanceof io.ignis.shuffle.HashPartitioner<?> hash) {
            return new org.apache.spark.HashPartitioner(hash.numPartitions());
        }
        if (partitioner instanceof Wrapped wrapped) {
            return wrapped.spark();
        }
        if (partitioner instanceof io.ignis.shuffle.RangePartitioner<?> range) {
            return new org.apache.spark.RangePartitioner<>(range);
        }
        throw new IllegalArgumentException("no Spark form for " + partitioner);
    }

    /** A user's Spark partitioner, used as it is. */
    record Wrapped(org.apache.spark.Partitioner spark) implements io.ignis.shuffle.Partitioner<Object> {
        @Override
        public int numPartitions() {
            return spark.numPartitions();
        }

        @Override
        public int partition(Object key) {
            return spark.getPartition(key);
        }
    }
}

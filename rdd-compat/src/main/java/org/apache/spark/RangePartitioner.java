package org.apache.spark;

/**
 * Spark's range partitioner: key ranges chosen from a sample of an RDD's keys (a job that samples
 * each partition, then bounds at equal weight), one partition per range, as {@code sortByKey}
 * makes and reports it. Built from an RDD with Spark's constructors, or around the engine's
 * partitioner.
 */
public class RangePartitioner<K, V> extends Partitioner {
    private final io.ignis.shuffle.RangePartitioner<K> ignis;
    private final int samplePointsPerPartitionHint;

    public RangePartitioner(io.ignis.shuffle.RangePartitioner<K> ignis) {
        this.ignis = java.util.Objects.requireNonNull(ignis, "ignis is null");
        this.samplePointsPerPartitionHint = 20;
    }

    /** At most {@code partitions} ranges of {@code rdd}'s keys, sampling about {@code samplePointsPerPartitionHint} keys per range. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public RangePartitioner(int partitions, org.apache.spark.rdd.RDD<? extends scala.Product2<K, V>> rdd, boolean ascending,
                            int samplePointsPerPartitionHint, scala.math.Ordering<K> ordering, scala.reflect.ClassTag<K> classTag) {
        if (partitions < 0) {
            throw new IllegalArgumentException("requirement failed: Number of partitions cannot be negative but found " + partitions + ".");
        }
        if (samplePointsPerPartitionHint <= 0) {
            throw new IllegalArgumentException("requirement failed: Sample points per partition must be greater than 0 but found "
                    + samplePointsPerPartitionHint);
        }
        this.samplePointsPerPartitionHint = samplePointsPerPartitionHint;
        this.ignis = io.ignis.rdd.ops.PairOps.rangePartitioner((io.ignis.rdd.Rdd) rdd.ignisRdd(), Math.max(partitions, 1),
                ordering, ascending, samplePointsPerPartitionHint);
    }

    public RangePartitioner(int partitions, org.apache.spark.rdd.RDD<? extends scala.Product2<K, V>> rdd, boolean ascending,
                            scala.math.Ordering<K> ordering, scala.reflect.ClassTag<K> classTag) {
        this(partitions, rdd, ascending, 20, ordering, classTag);
    }

    public int samplePointsPerPartitionHint() {
        return samplePointsPerPartitionHint;
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

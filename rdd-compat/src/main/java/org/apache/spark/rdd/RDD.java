package org.apache.spark.rdd;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.compat.Levels;
import io.ignis.rdd.ops.Actions;
import java.io.Serializable;
import org.apache.spark.Partition;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;

/**
 * Spark's RDD as Java code sees it through {@code javaRdd.rdd()}: a handle on an engine
 * {@link Rdd} and its context, with the members Java programs call on it. The transformations
 * live on {@link JavaRDD} and friends, as in Spark's Java API.
 */
public class RDD<T> implements Serializable {
    private final transient SparkContext sparkContext;
    private final Rdd<T> ignis;

    public RDD(SparkContext sparkContext, Rdd<T> ignis) {
        this.sparkContext = sparkContext;
        this.ignis = java.util.Objects.requireNonNull(ignis, "ignis is null");
    }

    /** The engine RDD behind this one (Ignis's own; not part of Spark's API). */
    public Rdd<T> ignisRdd() {
        return ignis;
    }

    public SparkContext sparkContext() {
        return sparkContext;
    }

    public SparkContext context() {
        return sparkContext;
    }

    public int id() {
        return ignis.id();
    }

    public String name() {
        return ignis.name();
    }

    public RDD<T> setName(String name) {
        ignis.setName(name);
        return this;
    }

    public Partition[] partitions() {
        io.ignis.rdd.Split[] splits = ignis.splits();
        Partition[] out = new Partition[splits.length];
        for (int i = 0; i < splits.length; i++) {
            int index = i;
            out[i] = () -> index;
        }
        return out;
    }

    public int getNumPartitions() {
        return ignis.partitionCount();
    }

    public long count() {
        return Actions.count(ignis);
    }

    public RDD<T> persist(StorageLevel level) {
        Levels.persist(ignis, level);
        return this;
    }

    public RDD<T> persist() {
        return persist(StorageLevel.MEMORY_ONLY());
    }

    public RDD<T> cache() {
        return persist();
    }

    public RDD<T> unpersist(boolean blocking) {
        ignis.unpersist();
        return this;
    }

    public StorageLevel getStorageLevel() {
        return Levels.of(ignis);
    }

    public void checkpoint() {
        ignis.requestCheckpoint();
    }

    public boolean isCheckpointed() {
        return ignis.isCheckpointed();
    }

    public JavaRDD<T> toJavaRDD() {
        return new JavaRDD<>(this, io.ignis.rdd.compat.Wrap.tag());
    }

    public String toDebugString() {
        return io.ignis.rdd.compat.Wrap.debugString(ignis);
    }

    @Override
    public String toString() {
        String name = ignis.name();
        return (name == null ? "" : name + " ") + ignis.getClass().getSimpleName() + "[" + ignis.id() + "]";
    }
}

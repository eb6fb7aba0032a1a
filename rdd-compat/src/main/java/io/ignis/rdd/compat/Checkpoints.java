package io.ignis.rdd.compat;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.io.CheckpointRdd;
import io.ignis.rdd.io.ReliableCheckpointer;
import io.ignis.rdd.io.SerializableConfiguration;
import org.apache.spark.SparkContext;

/** Reliable checkpoints for the Java API: the checkpointer a context installs, and reading a saved RDD back. */
public final class Checkpoints {
    private Checkpoints() {}

    /** A checkpointer writing under {@code directory} (in a new random subdirectory, as Spark does), installed in the context. */
    public static ReliableCheckpointer install(SparkContext sc, String directory) {
        ReliableCheckpointer checkpointer = new ReliableCheckpointer(sc.hadoopConfiguration(), directory);
        sc.ignis().setCheckpointer(checkpointer);
        return checkpointer;
    }

    /** Where {@code rdd} was checkpointed, or null if it was not. */
    public static String file(Rdd<?> rdd) {
        return rdd.isCheckpointed() && rdd.checkpointRdd() instanceof CheckpointRdd<?> saved ? saved.directory() : null;
    }

    /** An RDD reading the partitions saved in {@code path}. */
    public static <T> Rdd<T> read(SparkContext sc, String path) {
        return new CheckpointRdd<>(sc.ignis(), path, new SerializableConfiguration(sc.hadoopConfiguration()), null);
    }
}

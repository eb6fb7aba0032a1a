package io.ignis.rdd.io;

import static java.util.Objects.requireNonNull;

import io.ignis.rdd.Rdd;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reliable checkpoints, as Spark's ReliableRDDCheckpointData writes them: install it with
 * {@code RddContext.setCheckpointer}; after a job, for each RDD that asked for a checkpoint, it runs
 * one more job that writes every partition to {@code <directory>/<uuid>/rdd-<id>/part-00000...}
 * (the uuid is made once, here, as Spark's {@code setCheckpointDir} makes it), then replaces the
 * RDD's lineage with a {@link CheckpointRdd} over those files. As in Spark, that job computes the
 * RDD again unless it is persisted.
 */
public final class ReliableCheckpointer implements Consumer<Rdd<?>> {
    private final Configuration hadoopConfiguration;
    private final String directory;
    /** RDDs being saved now: the save's own job must not start saving them again. */
    private final Set<Integer> saving = ConcurrentHashMap.newKeySet();

    /**
     * A checkpointer writing under a new directory {@code <directory>/<random uuid>} (created now),
     * through {@code hadoopConfiguration} as it is when each checkpoint is written.
     */
    public ReliableCheckpointer(Configuration hadoopConfiguration, String directory) {
        this.hadoopConfiguration = requireNonNull(hadoopConfiguration, "hadoopConfiguration is null");
        requireNonNull(directory, "directory is null");
        Path path = new Path(directory, UUID.randomUUID().toString());
        try {
            FileSystem fs = path.getFileSystem(hadoopConfiguration);
            fs.mkdirs(path);
            this.directory = fs.getFileStatus(path).getPath().toString();
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        }
    }

    /** The directory this checkpointer writes in (Spark's {@code getCheckpointDir}), qualified. */
    public String directory() {
        return directory;
    }

    /** Where {@code rdd}'s checkpoint is (or would be) written. */
    public String checkpointPath(Rdd<?> rdd) {
        return new Path(directory, "rdd-" + rdd.id()).toString();
    }

    @Override
    public void accept(Rdd<?> rdd) {
        if (!rdd.checkpointRequested() || !saving.add(rdd.id())) {
            return;
        }
        try {
            save(rdd);
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        } finally {
            saving.remove(rdd.id());
        }
    }

    private <T> void save(Rdd<T> rdd) throws IOException {
        Path path = new Path(checkpointPath(rdd));
        FileSystem fs = path.getFileSystem(hadoopConfiguration);
        if (!fs.mkdirs(path)) {
            throw new IOException("Failed to create checkpoint path " + path);
        }
        SerializableConfiguration conf = new SerializableConfiguration(hadoopConfiguration);
        String target = path.toString();
        rdd.context().runJob(rdd, (scope, items) -> {
            Path file = new Path(target, HadoopIds.partFileName(scope.partitionId()));
            FileSystem taskFs = file.getFileSystem(conf.value());
            CheckpointRdd.writePartition(taskFs, file, scope.taskAttemptId() + "-" + scope.attemptNumber(), items);
            return null;
        });
        CheckpointRdd<T> saved = new CheckpointRdd<>(rdd.context(), target, conf, rdd.partitioner());
        saved.setName(rdd.name());
        if (saved.partitionCount() != rdd.partitionCount()) {
            throw new IllegalStateException("Checkpoint RDD has a different number of partitions from original RDD. Original RDD [ID: "
                    + rdd.id() + ", num of partitions: " + rdd.partitionCount() + "]; Checkpoint RDD [ID: " + saved.id()
                    + ", num of partitions: " + saved.partitionCount() + "].");
        }
        rdd.context().checkpointed(rdd, saved);
    }
}

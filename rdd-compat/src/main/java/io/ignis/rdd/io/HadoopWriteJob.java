package io.ignis.rdd.io;

import io.ignis.rdd.Rdd;
import java.io.IOException;
import java.io.Serializable;
import java.util.Date;
import java.util.Iterator;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Writes an RDD of pairs through a Hadoop output format and its output committer, the way Spark's
 * SparkHadoopWriter does: the driver checks the output spec and sets the job up; one task per
 * partition writes its records under a task attempt and commits it (or aborts it on failure);
 * the driver then commits the job (which moves the committed files into place and writes
 * {@code _SUCCESS}) or, if any task failed, aborts it. The object travels to the tasks; what only
 * the driver holds (the job context and committer) is transient.
 */
abstract class HadoopWriteJob<K, V> implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HadoopWriteJob.class);

    /** The Hadoop job tracker id of this write: the time it started, and a random number as Spark adds. */
    final String jobTrackerId;
    /** The Hadoop job number: the written RDD's id, as in Spark. */
    final int jobId;

    HadoopWriteJob(int jobId) {
        this.jobTrackerId = HadoopIds.jobTrackerId(new Date()) + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        this.jobId = jobId;
    }

    /** Driver: checks the output spec (an existing directory fails here) and sets up the job's committer. */
    abstract void setupJob() throws IOException, InterruptedException;

    /** Driver, after every task committed: publishes the output. */
    abstract void commitJob() throws IOException, InterruptedException;

    /** Driver, after a failure: removes what the job left. */
    abstract void abortJob() throws IOException, InterruptedException;

    /** Task: writes one partition under its own task attempt, then commits the attempt. */
    abstract void writePartition(int partition, int attempt, Iterator<Tuple2<K, V>> records) throws Exception;

    /** Runs the whole write of {@code rdd}; a failure aborts the job and is rethrown unchanged. */
    final void run(Rdd<Tuple2<K, V>> rdd) {
        try {
            setupJob();
        } catch (IOException | InterruptedException e) {
            throw Unchecked.rethrow(e);
        }
        try {
            rdd.context().runJob(rdd, (scope, records) -> {
                writePartition(scope.partitionId(), scope.attemptNumber(), records);
                return null;
            });
            commitJob();
        } catch (Throwable failure) {
            LOG.error("Aborting job {} of {}", jobId, jobTrackerId, failure);
            try {
                abortJob();
            } catch (Throwable abortFailure) {
                failure.addSuppressed(abortFailure);
            }
            throw Unchecked.rethrow(failure);
        }
    }

    /**
     * Runs a task's write: the body, then on failure the writer's close and the attempt's abort,
     * keeping the first failure and attaching the rest to it.
     */
    static void writeTask(TaskBody body, TaskCleanup closeWriter, TaskCleanup abortTask) throws Exception {
        try {
            body.run();
        } catch (Throwable failure) {
            try {
                closeWriter.run();
            } catch (Throwable closeFailure) {
                failure.addSuppressed(closeFailure);
            } finally {
                try {
                    abortTask.run();
                } catch (Throwable abortFailure) {
                    failure.addSuppressed(abortFailure);
                }
            }
            throw failure;
        }
    }

    /** A task's write and commit. */
    interface TaskBody {
        void run() throws Exception;
    }

    /** Cleanup after a failed task write. */
    interface TaskCleanup {
        void run() throws Exception;
    }
}

package io.ignis.rdd.compat;

import io.ignis.rdd.JobFailedException;
import io.ignis.rdd.TaskNotSerializableException;
import org.apache.spark.SparkException;

/**
 * The engine's failures as Spark reports them: a failed task aborts the job with a
 * {@code SparkException} whose cause is the user's exception; a cancelled job says so; closures
 * that cannot be serialized give {@code SparkException: Task not serializable}.
 */
public final class SparkFailures {
    private SparkFailures() {}

    public static Throwable translate(RuntimeException failure) {
        if (failure instanceof JobFailedException job) {
            if (job.cancelled()) {
                return new SparkException(job.getMessage(), job.getCause());
            }
            Throwable cause = job.getCause();
            if (cause instanceof SparkException spark) {
                // Spark's own errors raised in a task (zip of unequal partitions, ...) reach the caller as they are.
                return spark;
            }
            String message = "Job aborted due to stage failure: Task " + job.partition() + " in stage " + job.stageId()
                    + ".0 failed " + job.attempts() + " times, most recent failure: Lost task " + job.partition() + "." + (job.attempts() - 1)
                    + " in stage " + job.stageId()
                    + ".0: " + cause;
            return new SparkException(message, cause);
        }
        if (failure instanceof TaskNotSerializableException notSerializable) {
            Throwable cause = notSerializable.getCause();
            // As Java serialization reports it (Spark's closure serializer): the message is the culprit class.
            String name = cause instanceof io.ignis.api.exception.SerializationException serialization && serialization.culprit() != null
                    ? serialization.culprit() : String.valueOf(cause == null ? null : cause.getMessage());
            java.io.NotSerializableException culprit = new java.io.NotSerializableException(name);
            culprit.initCause(cause);
            return new SparkException("Task not serializable", culprit);
        }
        return failure;
    }

}

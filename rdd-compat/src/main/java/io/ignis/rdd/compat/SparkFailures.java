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
            String message = "Job aborted due to stage failure: Task " + job.partition() + " in stage " + job.stageId()
                    + ".0 failed 1 times, most recent failure: Lost task " + job.partition() + ".0 in stage " + job.stageId()
                    + ".0: " + cause;
            return new SparkException(message, cause);
        }
        if (failure instanceof TaskNotSerializableException notSerializable) {
            Throwable cause = notSerializable.getCause();
            java.io.NotSerializableException culprit = new java.io.NotSerializableException(cause == null ? null : cause.getMessage());
            culprit.initCause(cause);
            return new SparkException("Task not serializable", culprit);
        }
        return failure;
    }

}

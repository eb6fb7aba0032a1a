package io.ignis.rdd;

/**
 * A job failed because one of its tasks did: {@link #getCause()} is what the task threw (its
 * type, message and remote stack trace), or why the job was cancelled. The Spark layer turns it
 * into Spark's {@code SparkException}.
 */
public final class JobFailedException extends RuntimeException {
    private final int stageId;
    private final int partition;
    private final boolean cancelled;

    public JobFailedException(String message, Throwable cause, int stageId, int partition, boolean cancelled) {
        super(message, cause);
        this.stageId = stageId;
        this.partition = partition;
        this.cancelled = cancelled;
    }

    public int stageId() {
        return stageId;
    }

    public int partition() {
        return partition;
    }

    public boolean cancelled() {
        return cancelled;
    }
}

package io.ignis.rdd;

/**
 * An action's closures could not be serialized; nothing was submitted. The cause names the
 * culprit class. The Spark layer reports it as Spark does: {@code SparkException: Task not serializable}.
 */
public final class TaskNotSerializableException extends RuntimeException {
    public TaskNotSerializableException(Throwable cause) {
        super("Task not serializable: " + cause.getMessage(), cause);
    }
}

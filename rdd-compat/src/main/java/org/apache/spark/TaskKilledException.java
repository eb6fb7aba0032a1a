package org.apache.spark;

/**
 * Thrown inside a task that was killed (its job cancelled, or a speculative copy no longer
 * needed); {@link #reason()} says why. Unchecked, as in Spark.
 */
public class TaskKilledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public TaskKilledException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public TaskKilledException() {
        this("unknown reason");
    }

    public String reason() {
        return reason;
    }
}

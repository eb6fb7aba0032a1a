package io.ignis.api.exception;

/**
 * A task or actor call threw. {@link #getCause()} is the exception it threw, of the same type and
 * message, with the stack trace from the node where it ran.
 */
public class TaskFailedException extends IgnisException {
    public TaskFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

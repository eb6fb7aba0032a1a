package io.ignis.api.exception;

/** The task that makes an object was cancelled before it finished. */
public class TaskCancelledException extends IgnisException {
    public TaskCancelledException(String message) {
        super(message);
    }
}

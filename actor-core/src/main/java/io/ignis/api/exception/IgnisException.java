package io.ignis.api.exception;

/** The base of every error the runtime raises on its own account. */
public class IgnisException extends RuntimeException {
    public IgnisException(String message) {
        super(message);
    }

    public IgnisException(String message, Throwable cause) {
        super(message, cause);
    }
}

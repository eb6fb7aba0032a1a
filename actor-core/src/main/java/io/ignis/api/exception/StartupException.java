package io.ignis.api.exception;

/** A node could not start: missing JVM flags, a port in use, no cluster at the given address. */
public class StartupException extends IgnisException {
    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}

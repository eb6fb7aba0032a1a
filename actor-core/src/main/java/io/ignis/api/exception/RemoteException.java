package io.ignis.api.exception;

/**
 * Stands in for an exception thrown on another node whose class cannot be loaded or read here:
 * keeps its class name, message and stack trace.
 */
public class RemoteException extends IgnisException {
    private final String remoteClassName;

    public RemoteException(String remoteClassName, String message) {
        super(remoteClassName + (message == null ? "" : ": " + message));
        this.remoteClassName = remoteClassName;
    }

    /** The class name of the exception as it was thrown. */
    public String remoteClassName() {
        return remoteClassName;
    }
}

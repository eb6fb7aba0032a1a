package io.ignis.api.exception;

/**
 * A function or value could not be serialized (or read back). Raised when the call is made, not
 * later on a node; {@link #culprit()} names the class that could not be serialized.
 */
public class SerializationException extends IgnisException {
    private final String culprit;

    public SerializationException(String message, String culprit, Throwable cause) {
        super(message, cause);
        this.culprit = culprit;
    }

    /** The fully qualified name of the class that could not be serialized, if known. */
    public String culprit() {
        return culprit;
    }
}

package io.ignis.api.exception;

/** An object cannot be got: it was freed, or every copy of it is gone. The message says which and why. */
public class ObjectLostException extends IgnisException {
    public ObjectLostException(String message) {
        super(message);
    }
}

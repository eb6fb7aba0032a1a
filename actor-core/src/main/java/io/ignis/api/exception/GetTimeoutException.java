package io.ignis.api.exception;

/** A get or wait with a timeout ran out of time before the object existed. */
public class GetTimeoutException extends IgnisException {
    public GetTimeoutException(String message) {
        super(message);
    }
}

package io.ignis.api.exception;

/** The actor a call was made to is dead: killed, its constructor failed, or its node was lost. */
public class ActorDiedException extends IgnisException {
    public ActorDiedException(String message) {
        super(message);
    }

    public ActorDiedException(String message, Throwable cause) {
        super(message, cause);
    }
}

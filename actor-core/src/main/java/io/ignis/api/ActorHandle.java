package io.ignis.api;

/**
 * A handle to a remote actor, an instance of {@code A} living on one node. Calls made through one
 * handle run on the actor in the order they were made. Handles are serializable: pass them to
 * tasks and other actors, which may call the actor too.
 */
public interface ActorHandle<A> extends ActorCalls<A>, java.io.Serializable {
    /** The actor's id, unique in the cluster. */
    String id();

    /** Stops the actor at once: calls queued or in flight fail with {@link io.ignis.api.exception.ActorDiedException}, its resources are freed and its name released. */
    void kill();
}

package io.ignis.runtime.node;

import io.ignis.api.ActorHandle;
import io.ignis.api.ActorTaskCaller;
import io.ignis.api.function.IgnisFunction;
import io.ignis.runtime.store.ObjectId;
import java.util.UUID;

/**
 * An {@link ActorHandle} bound to a node: the actor's id and the node it lives on. Sent to another
 * node it travels as those two ids and is bound to the receiving node when read.
 */
final class ActorHandleImpl<A> implements ActorHandle<A> {
    final ObjectId actorId;
    final UUID host;
    final transient Node node;

    ActorHandleImpl(ObjectId actorId, UUID host, Node node) {
        this.actorId = actorId;
        this.host = host;
        this.node = node;
    }

    @Override
    public String id() {
        return actorId.toString();
    }

    @Override
    public <R> ActorTaskCaller<R> call(IgnisFunction method, Object[] args) {
        return new ActorTaskCaller<>(node.runtimeImpl(), this, method, args);
    }

    @Override
    public void kill() {
        node.tasks().killActor(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorHandleImpl<?> handle && handle.actorId.equals(actorId);
    }

    @Override
    public int hashCode() {
        return actorId.hashCode();
    }

    @Override
    public String toString() {
        return "Actor(" + actorId + " on " + host.toString().substring(0, 8) + ")";
    }
}

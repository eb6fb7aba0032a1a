package io.ignis.runtime.node;

import io.ignis.api.ActorHandle;
import io.ignis.api.ActorTaskCaller;
import io.ignis.api.function.IgnisFunction;
import io.ignis.runtime.store.ObjectId;
import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * An {@link ActorHandle} bound to a node: the actor's id and the node it lives on. Sent to another
 * node it travels as those two ids (through Kryo, or Java serialization's {@link #writeReplace}) and
 * is bound to the receiving node when read.
 */
final class ActorHandleImpl<A> implements ActorHandle<A> {
    @Serial
    private static final long serialVersionUID = 1L;

    final ObjectId actorId;
    /** The node the actor was created on; after a restart, callers learn its new node (see {@link TaskManager}). */
    final UUID host;
    /** Whether the actor is re-created when its node dies (maxRestarts != 0). */
    final boolean restartable;
    /** How often a call in flight when the actor's node died is sent again (-1: always). */
    final int maxTaskRetries;
    final transient Node node;

    ActorHandleImpl(ObjectId actorId, UUID host, boolean restartable, int maxTaskRetries, Node node) {
        this.actorId = actorId;
        this.host = host;
        this.restartable = restartable;
        this.maxTaskRetries = maxTaskRetries;
        this.node = node;
    }

    /** This handle bound to {@code other}. */
    ActorHandleImpl<A> on(Node other) {
        return other == node ? this : new ActorHandleImpl<>(actorId, host, restartable, maxTaskRetries, other);
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
        node.actorClient().kill(this);
    }

    @Serial
    Object writeReplace() {
        return new SerialForm(actorId.owner().getMostSignificantBits(), actorId.owner().getLeastSignificantBits(),
                actorId.sequence(), host.getMostSignificantBits(), host.getLeastSignificantBits(), restartable, maxTaskRetries);
    }

    /** A handle as Java serialization writes it: read back, it is bound to the node whose serializer reads it. */
    private record SerialForm(long ownerHigh, long ownerLow, long sequence, long hostHigh, long hostLow, boolean restartable,
                              int maxTaskRetries) implements Serializable {
        @Serial
        private Object readResolve() throws InvalidObjectException {
            Node node = HandleSerializers.javaSerializationNode();
            if (node == null) {
                throw new InvalidObjectException("an ActorHandle can be read only by an Ignis runtime (in a task, a get or an actor call)");
            }
            return new ActorHandleImpl<>(new ObjectId(new UUID(ownerHigh, ownerLow), sequence), new UUID(hostHigh, hostLow),
                    restartable, maxTaskRetries, node);
        }
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

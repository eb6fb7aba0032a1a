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

    @Serial
    Object writeReplace() {
        return new SerialForm(actorId.owner().getMostSignificantBits(), actorId.owner().getLeastSignificantBits(),
                actorId.sequence(), host.getMostSignificantBits(), host.getLeastSignificantBits());
    }

    /** A handle as Java serialization writes it: read back, it is bound to the node whose serializer reads it. */
    private record SerialForm(long ownerHigh, long ownerLow, long sequence, long hostHigh, long hostLow) implements Serializable {
        @Serial
        private Object readResolve() throws InvalidObjectException {
            Node node = HandleSerializers.javaSerializationNode();
            if (node == null) {
                throw new InvalidObjectException("an ActorHandle can be read only by an Ignis runtime (in a task, a get or an actor call)");
            }
            return new ActorHandleImpl<>(new ObjectId(new UUID(ownerHigh, ownerLow), sequence), new UUID(hostHigh, hostLow), node);
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

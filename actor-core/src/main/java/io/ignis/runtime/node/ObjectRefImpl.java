package io.ignis.runtime.node;

import io.ignis.api.ObjectRef;
import io.ignis.runtime.store.ObjectId;
import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.Serializable;
import java.lang.ref.Reference;
import java.time.Duration;

/**
 * An {@link ObjectRef} bound to the node it lives on. Sent to another node it travels as its id
 * (see {@link HandleSerializers}; inside an object that Java serialization writes, as its
 * {@link #writeReplace serial form}) and is bound to the receiving node when read. Each instance counts
 * as a local reference: when the last one on a node is collected, the node drops its copy.
 */
final class ObjectRefImpl<T> implements ObjectRef<T> {
    @Serial
    private static final long serialVersionUID = 1L;

    final ObjectId objectId;
    final transient ObjectManager objects;

    ObjectRefImpl(ObjectId objectId, ObjectManager objects) {
        this.objectId = objectId;
        this.objects = objects;
    }

    @Override
    public String id() {
        return objectId.toString();
    }

    // The fences keep this ref reachable while it is used: otherwise the JIT may let it be collected
    // mid-wait, and the node would drop the object the caller is waiting for.

    @SuppressWarnings("unchecked")
    @Override
    public T get() {
        try {
            return (T) objects.get(this, null);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public T get(Duration timeout) {
        try {
            return (T) objects.get(this, timeout);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    @Override
    public boolean isReady() {
        try {
            return objects.isReady(this);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** Java serialization writes the id; a ref that leaves this way counts as sent, as with Kryo. */
    @Serial
    Object writeReplace() {
        if (!HandleSerializers.javaSerializationIsCheck()) {
            objects.sent(this);
        }
        return new SerialForm(objectId.owner().getMostSignificantBits(), objectId.owner().getLeastSignificantBits(),
                objectId.sequence());
    }

    /** A ref as Java serialization writes it: read back, it is bound to the node whose serializer reads it. */
    private record SerialForm(long ownerHigh, long ownerLow, long sequence) implements Serializable {
        @Serial
        private Object readResolve() throws InvalidObjectException {
            Node node = HandleSerializers.javaSerializationNode();
            if (node == null) {
                throw new InvalidObjectException("an ObjectRef can be read only by an Ignis runtime (in a task, a get or an actor call)");
            }
            return node.objects().bind(new ObjectId(new java.util.UUID(ownerHigh, ownerLow), sequence), null);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectRefImpl<?> ref && ref.objectId.equals(objectId);
    }

    @Override
    public int hashCode() {
        return objectId.hashCode();
    }

    @Override
    public String toString() {
        return "ObjectRef(" + objectId + ")";
    }
}

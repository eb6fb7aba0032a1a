package io.ignis.runtime.node;

import io.ignis.api.ObjectRef;
import io.ignis.runtime.store.ObjectId;
import java.lang.ref.Reference;
import java.time.Duration;

/**
 * An {@link ObjectRef} bound to the node it lives on. Sent to another node it travels as its id
 * (see {@link HandleSerializers}) and is bound to the receiving node when read. Each instance counts
 * as a local reference: when the last one on a node is collected, the node drops its copy.
 */
final class ObjectRefImpl<T> implements ObjectRef<T> {
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

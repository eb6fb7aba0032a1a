package io.ignis.runtime.node;

import io.ignis.api.ObjectRef;
import io.ignis.runtime.store.ObjectId;
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

    @SuppressWarnings("unchecked")
    @Override
    public T get() {
        return (T) objects.get(this, null);
    }

    @SuppressWarnings("unchecked")
    @Override
    public T get(Duration timeout) {
        return (T) objects.get(this, timeout);
    }

    @Override
    public boolean isReady() {
        return objects.isReady(this);
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

package io.ignis.runtime.store;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * The id of an object: the node that owns it (made the put, or submitted the task that makes it)
 * and a number unique on that node. A task's id is the id of its first return object.
 */
public record ObjectId(UUID owner, long sequence) {
    public ObjectId {
        requireNonNull(owner, "owner is null");
    }

    /** The id of this task's {@code index}-th return object. */
    public ObjectId returnId(int index) {
        return new ObjectId(owner, sequence + index);
    }

    @Override
    public String toString() {
        return owner.toString().substring(0, 8) + "-" + sequence;
    }
}

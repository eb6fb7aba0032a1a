package io.ignis.rdd;

import java.io.Serializable;

/**
 * How persisted partitions are kept (Spark's StorageLevel, as the engine reads it). Partitions are
 * objects in actor-core's store, which keeps them in memory and spills the least recently used to
 * disk when the store's budget is full; {@code replication > 1} keeps copies on other nodes.
 */
public record Persistence(boolean useDisk, boolean useMemory, boolean useOffHeap, boolean deserialized, int replication)
        implements Serializable {
    public Persistence {
        if (replication < 1 || replication > 40) {
            throw new IllegalArgumentException("replication must be between 1 and 40, got " + replication);
        }
    }
}

package io.ignis.rdd;

import java.io.Serializable;

/**
 * How persisted partitions are kept (Spark's StorageLevel, as the engine reads it). Partitions are
 * objects in actor-core's store ({@link #storage}): memory and disk levels keep them in memory and
 * spill the least recently used to disk past the store's budget; memory-only levels drop them
 * instead, and a later read computes them again; disk-only levels write them to disk at once.
 * Deserialized levels keep the elements, serialized ones their bytes. {@code replication > 1} is
 * accepted and keeps one copy: a lost partition is computed again from its lineage.
 */
public record Persistence(boolean useDisk, boolean useMemory, boolean useOffHeap, boolean deserialized, int replication)
        implements Serializable {
    public Persistence {
        if (replication < 1 || replication > 40) {
            throw new IllegalArgumentException("replication must be between 1 and 40, got " + replication);
        }
    }

    /** Where the store keeps the partitions (off-heap levels are kept as memory-and-disk ones). */
    public io.ignis.api.ObjectStorage storage() {
        if (useMemory || useOffHeap) {
            return useDisk ? io.ignis.api.ObjectStorage.MEMORY_AND_DISK : io.ignis.api.ObjectStorage.MEMORY_ONLY;
        }
        return io.ignis.api.ObjectStorage.DISK_ONLY;
    }
}

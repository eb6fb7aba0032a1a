package org.apache.spark.memory;

/**
 * Where a storage level keeps data in memory: on the JVM heap, or off it. Ignis keeps cached
 * partitions as objects in its object store either way; the mode is recorded, not acted on.
 */
public enum MemoryMode {
    ON_HEAP,
    OFF_HEAP
}

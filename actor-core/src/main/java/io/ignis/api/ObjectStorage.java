package io.ignis.api;

/**
 * Where a task's return objects live on the node that holds them (set with
 * {@link TaskCaller#storage}), the choices Spark's storage levels make for cached partitions.
 * <ul>
 *   <li>{@link #MEMORY_AND_DISK} (the default): in memory; past the node's budget the least
 *       recently used go to local disk and come back when read.</li>
 *   <li>{@link #MEMORY_ONLY}: in memory; past the budget they are dropped instead of spilled, and
 *       made again by re-running their task when next read (lineage; a re-run for this reason does
 *       not count against the task's retries). A value larger than the whole budget goes to disk
 *       as with MEMORY_AND_DISK, since dropping it would leave nothing to read.</li>
 *   <li>{@link #DISK_ONLY}: written to local disk as soon as it exists; each read deserializes it
 *       from there, and nothing of it stays in memory.</li>
 * </ul>
 * Values under 64 KB stay in memory whatever the choice: the store counts them but never writes or
 * drops them one by one, as a file each would cost more than it frees.
 */
public enum ObjectStorage {
    MEMORY_AND_DISK,
    MEMORY_ONLY,
    DISK_ONLY
}

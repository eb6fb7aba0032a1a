package io.ignis.api;

/**
 * Working memory a task takes from its node's object-store budget for buffers it could spill to
 * disk instead (sort and aggregation buffers of a shuffle), got through
 * {@link IgnisRuntime#workMemory}. The rule: the values a node stores and the working memory its
 * tasks hold are counted together and stay within the node's budget. Taking memory first spills
 * stored values (least recently used) to make room; a lease is refused memory when it would pass
 * its share of the budget (the budget over the node's CPU slots, so that as many tasks as can run at
 * once each get a share) or when nothing left in memory can be spilled. A refused buffer spills
 * itself and tries again, which bounds a shuffle's memory whatever the size of its data.
 *
 * <p>A lease belongs to one task (one thread at a time); {@link #close} gives back what it holds.
 */
public interface WorkMemory extends AutoCloseable {
    /**
     * Takes {@code bytes} more for this lease if they fit its share and the node's budget (spilling
     * stored values to make room); false, taking nothing, if they do not.
     */
    boolean tryAcquire(long bytes);

    /** Gives back {@code bytes} of what this lease holds (at most what it holds). */
    void release(long bytes);

    /** Bytes this lease holds now. */
    long held();

    /** The most this lease may hold: its share of the node's budget. */
    long limit();

    /**
     * An estimate of the heap bytes {@code value} takes (sampled for large arrays and collections),
     * the same estimate the object store counts stored values with.
     */
    long estimateSize(Object value);

    /**
     * A folder on the node's local disk for what the lease's owner spills (created if missing,
     * deleted with the node). The owner names, reads and deletes its own files there.
     */
    java.nio.file.Path spillDirectory();

    /** Gives back everything this lease holds. */
    @Override
    void close();
}

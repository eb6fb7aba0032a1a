package io.ignis.api;

/**
 * Copies of objects that one node keeps for repeated use, as a broadcast value needs: reached
 * through {@link IgnisRuntime#nodeCache()} (inside a task, {@code TaskContext.current().runtime().nodeCache()}
 * is the cache of the node the task runs on). An ordinary fetched copy goes when the last ref to
 * the object on that node goes, so tasks that each bring their own ref may fetch the object again
 * and again; a copy read through {@link #get} stays on its node after that, until the object is
 * freed (its last ref anywhere is gone, or {@link IgnisRuntime#free}) or {@link #dropCopies} drops
 * it. A kept copy does not keep the object alive. The owner knows which nodes hold copies and
 * sends a node that asks for the object to one of them, not always to itself.
 */
public interface NodeCache {
    /**
     * The value of {@code ref} on this node: fetched at most once however many threads ask at the
     * same time, then kept here (see above). On the node that owns the object it is the object itself.
     */
    <T> T get(ObjectRef<T> ref);

    /**
     * Drops the copies of the object that nodes other than its owner hold (kept or not); the owner
     * keeps its own, and the next read on another node fetches the object again. With
     * {@code blocking}, returns once every node has dropped its copy (or left the cluster).
     */
    void dropCopies(ObjectRef<?> ref, boolean blocking);
}

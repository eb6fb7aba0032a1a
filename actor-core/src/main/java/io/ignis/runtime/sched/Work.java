package io.ignis.runtime.sched;

import java.util.Map;

/** Something that runs on a node holding resources from a pool: a task, or an actor's creation. */
public interface Work {
    /** The resources it asks for, in units (see {@link ResourcePool#toUnits}). */
    Map<String, Long> request();

    /** The pool it takes them from: the node's, or a placement-group bundle's. */
    ResourcePool pool();

    /**
     * Runs on a worker thread with {@code allocation} taken. Returns true if the allocation is
     * released now, false if the work keeps it (an actor holds its resources for life).
     */
    boolean run(Allocation allocation);
}

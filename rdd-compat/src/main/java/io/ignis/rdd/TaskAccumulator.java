package io.ignis.rdd;

import java.io.Serializable;

/**
 * An accumulator as the engine sees it: a task's copy registers itself with its {@link TaskScope}
 * when read inside the task, goes back with the task's result, and the driver merges it into the
 * accumulator registered under the same id ({@link RddContext#registerAccumulator}).
 */
public interface TaskAccumulator extends Serializable {
    long accumulatorId();

    /** On the driver: adds a task's copy into this one. */
    void mergeTaskCopy(TaskAccumulator copy);
}

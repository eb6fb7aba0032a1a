package io.ignis.api.spi;

import io.ignis.api.TaskContext;

/** The runtime's hook for {@link TaskContext#current()}: the context of the task running on each thread. */
public final class CurrentTask {
    private static final ThreadLocal<TaskContext> CURRENT = new ThreadLocal<>();

    private CurrentTask() {}

    public static TaskContext get() {
        return CURRENT.get();
    }

    /** Sets the context of this thread and returns the previous one, to restore after the task. */
    public static TaskContext set(TaskContext context) {
        TaskContext previous = CURRENT.get();
        if (context == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(context);
        }
        return previous;
    }
}

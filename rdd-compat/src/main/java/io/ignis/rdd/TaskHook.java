package io.ignis.rdd;

import java.io.Serializable;

/**
 * Lets the API layer see each task start and end on its thread (the Spark layer sets its
 * {@code TaskContext} there). Travels with every stage.
 */
public interface TaskHook extends Serializable {
    void enter(TaskScope scope);

    void leave(TaskScope scope);

    TaskHook NONE = new TaskHook() {
        @Override
        public void enter(TaskScope scope) {}

        @Override
        public void leave(TaskScope scope) {}
    };
}

package io.ignis.runtime.node;

import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.TaskContext;
import java.time.Duration;

/** Test help for placement on a fresh cluster. */
final class Placed {
    private Placed() {}

    static String where() {
        return TaskContext.current().nodeId();
    }

    /**
     * Waits (up to 10 s) until a task with soft affinity to {@code nodeId} runs there: soft affinity
     * goes to a node only once its first load report has arrived, which tests that place objects on a
     * node that is about to die must wait for.
     */
    static void softAffinityReaches(IgnisRuntime ignis, String nodeId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!nodeId.equals(ignis.task(Placed::where).nodeAffinity(NodeAffinity.soft(nodeId)).remote().get())
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}

package io.ignis.api;

import io.ignis.api.spi.CurrentTask;
import java.util.List;
import java.util.Map;

/**
 * What a running task or actor call knows about itself: its id and name, the node it runs on,
 * the resources it holds (with concrete GPU ids when it asked for GPUs), and its attempt number.
 */
public interface TaskContext {
    /** The context of the task or actor call running on this thread; fails outside one. */
    static TaskContext current() {
        TaskContext context = CurrentTask.get();
        if (context == null) {
            throw new IllegalStateException("not inside a task or actor call");
        }
        return context;
    }

    String taskId();

    String taskName();

    String nodeId();

    /** The GPUs this task may use (indices as nvidia-smi numbers them); empty if it asked for none. */
    List<Integer> gpuIds();

    /** The resources this task holds. */
    Map<String, Double> resources();

    /** 0 on the first run, then 1, 2, ... on retries. */
    int attempt();

    /** The runtime of the node the task runs on, to submit further tasks or get objects. */
    IgnisRuntime runtime();
}

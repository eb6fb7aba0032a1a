package io.ignis.runtime.node;

import io.ignis.api.IgnisRuntime;
import io.ignis.api.TaskContext;
import io.ignis.runtime.sched.Allocation;
import io.ignis.runtime.sched.ResourcePool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The context of one running task or actor call; also how a blocking get finds the CPUs to give back. */
final class TaskContextImpl implements TaskContext {
    private final Node node;
    private final Object taskId;
    private final java.util.function.Supplier<String> taskName;
    private final Allocation allocation;
    private final int attempt;
    private final UUID job;
    /** True while this task's CPUs are given back because it blocks; only its own thread touches it. */
    boolean blocked;

    /**
     * {@code taskId}'s string form and {@code taskName} are made only if asked for; {@code job}: the
     * job the task belongs to, which what it submits belongs to too (see {@link Jobs}).
     */
    TaskContextImpl(Node node, Object taskId, java.util.function.Supplier<String> taskName, Allocation allocation, int attempt,
                    UUID job) {
        this.node = node;
        this.job = job;
        this.taskId = taskId;
        this.taskName = taskName;
        this.allocation = allocation;
        this.attempt = attempt;
    }

    Node node() {
        return node;
    }

    UUID job() {
        return job;
    }

    Allocation allocation() {
        return allocation;
    }

    @Override
    public String taskId() {
        return taskId.toString();
    }

    @Override
    public String taskName() {
        return taskName.get();
    }

    @Override
    public String nodeId() {
        return node.id().toString();
    }

    @Override
    public List<Integer> gpuIds() {
        return allocation.gpuIds();
    }

    @Override
    public Map<String, Double> resources() {
        Map<String, Double> out = new HashMap<>();
        allocation.amounts().forEach((name, units) -> out.put(name, units / (double) ResourcePool.UNIT));
        return out;
    }

    @Override
    public int attempt() {
        return attempt;
    }

    @Override
    public IgnisRuntime runtime() {
        return node.runtime();
    }
}

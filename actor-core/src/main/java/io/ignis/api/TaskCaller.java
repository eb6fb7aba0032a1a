package io.ignis.api;

import static java.util.Objects.requireNonNull;

import io.ignis.api.function.IgnisFunction;
import io.ignis.api.spi.RuntimeBackend;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A task call being built: set options, then {@link #remote()} submits it and returns the ref of
 * its result. Obtained from {@code runtime.task(fn, args...)}.
 */
public final class TaskCaller<R> {
    private final RuntimeBackend backend;
    private final IgnisFunction function;
    private final Object[] args;
    private String name;
    private Map<String, Double> resources = TaskOptions.DEFAULT_TASK_RESOURCES;
    private int maxRetries = TaskOptions.DEFAULT_MAX_RETRIES;
    private PlacementGroup placementGroup;
    private int bundleIndex;
    private NodeAffinity nodeAffinity;
    private List<Class<? extends Throwable>> retryExceptions = List.of();
    private List<ObjectRef<?>> dependencies = List.of();
    private ObjectStorage storage = ObjectStorage.MEMORY_AND_DISK;

    public TaskCaller(RuntimeBackend backend, IgnisFunction function, Object[] args) {
        this.backend = requireNonNull(backend, "backend is null");
        this.function = requireNonNull(function, "function is null");
        this.args = requireNonNull(args, "args is null");
    }

    /** A name for listings and error messages. */
    public TaskCaller<R> name(String name) {
        this.name = name;
        return this;
    }

    /** Asks for {@code amount} of resource {@code name} while the task runs ({@code CPU} defaults to 1; 0 removes it). */
    public TaskCaller<R> resource(String name, double amount) {
        Map<String, Double> copy = new HashMap<>(resources);
        copy.put(name, amount);
        this.resources = copy;
        return this;
    }

    /** Replaces the resource request with {@code resources}. */
    public TaskCaller<R> resources(Map<String, Double> resources) {
        this.resources = Map.copyOf(resources);
        return this;
    }

    /**
     * How many times the task is re-run if its node is lost, or if it throws an exception that
     * {@link #retryExceptions} names (default 3).
     */
    public TaskCaller<R> maxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
        return this;
    }

    /**
     * Re-runs the task (while {@link #maxRetries} lasts) when it throws any {@link Exception}, as
     * Ray's {@code retry_exceptions=True}. Errors ({@link Error}) are not retried. Without this, an
     * exception fails the task at once.
     */
    public TaskCaller<R> retryExceptions() {
        return retryExceptions(List.of(Exception.class));
    }

    /** Re-runs the task (while {@link #maxRetries} lasts) when it throws one of {@code types} or a subclass. */
    public TaskCaller<R> retryExceptions(List<Class<? extends Throwable>> types) {
        this.retryExceptions = List.copyOf(types);
        return this;
    }

    /** Runs the task in bundle {@code bundleIndex} of {@code group}, using that bundle's reserved resources. */
    public TaskCaller<R> placementGroup(PlacementGroup group, int bundleIndex) {
        this.placementGroup = requireNonNull(group, "group is null");
        this.bundleIndex = bundleIndex;
        return this;
    }

    /** Runs the task on a given node (hard), or preferably there (soft). */
    public TaskCaller<R> nodeAffinity(NodeAffinity affinity) {
        this.nodeAffinity = affinity;
        return this;
    }

    /**
     * Starts the task only once these objects exist, as if they were ref arguments; a failed one
     * fails the task, and the nodes holding them count toward where it runs. For a task that takes
     * more refs than a function has parameters, inside a list or another object, and gets them
     * itself: without this it would start at once and block in {@code get}.
     */
    public TaskCaller<R> dependsOn(List<? extends ObjectRef<?>> refs) {
        this.dependencies = List.copyOf(refs);
        return this;
    }

    /** Where the task's return objects live: memory with spill to disk (default), memory only, or disk (see {@link ObjectStorage}). */
    public TaskCaller<R> storage(ObjectStorage storage) {
        this.storage = requireNonNull(storage, "storage is null");
        return this;
    }

    /**
     * Makes the task return {@code count} objects: the function must return a {@link List} of exactly
     * {@code count} elements, and each element becomes its own object.
     */
    public MultiReturnCaller numReturns(int count) {
        return new MultiReturnCaller(count);
    }

    /** Submits the task; its arguments are checked for serializability now. */
    @SuppressWarnings("unchecked")
    public ObjectRef<R> remote() {
        return (ObjectRef<R>) backend.submitTask(function, args, options(1)).get(0);
    }

    private TaskOptions options(int numReturns) {
        return new TaskOptions(name, resources, maxRetries, numReturns, placementGroup, bundleIndex, nodeAffinity,
                retryExceptions, dependencies, storage);
    }

    /** The last step of a call that returns several objects. */
    public final class MultiReturnCaller {
        private final int count;

        private MultiReturnCaller(int count) {
            this.count = count;
        }

        /** Submits the task and returns one ref per returned object, in order. */
        public List<ObjectRef<Object>> remote() {
            @SuppressWarnings("unchecked")
            List<ObjectRef<Object>> refs = (List<ObjectRef<Object>>) (List<?>) backend.submitTask(function, args, options(count));
            return refs;
        }
    }
}

package io.ignis.api;

import java.util.List;
import java.util.Map;

/**
 * How a task or actor method call is run: its name (for errors and listings), the resources it
 * holds while running, how often it is retried (when its node is lost, and when it throws one of
 * {@code retryExceptions}), how many objects it returns, where it may run, and which objects
 * besides its ref arguments must exist before it starts ({@code dependencies}), and where its
 * return objects live ({@code storage}). Built by
 * {@link TaskCaller}; the runtime reads it.
 */
public record TaskOptions(String name, Map<String, Double> resources, int maxRetries, int numReturns,
                          PlacementGroup placementGroup, int bundleIndex, NodeAffinity nodeAffinity,
                          List<Class<? extends Throwable>> retryExceptions, List<ObjectRef<?>> dependencies,
                          ObjectStorage storage) {
    /** A task asks for one CPU unless told otherwise, as in Ray. */
    public static final Map<String, Double> DEFAULT_TASK_RESOURCES = Map.of("CPU", 1.0);
    public static final int DEFAULT_MAX_RETRIES = 3;

    public TaskOptions {
        resources = Map.copyOf(resources);
        Resources.check(resources);
        retryExceptions = List.copyOf(retryExceptions);
        dependencies = List.copyOf(dependencies);
        java.util.Objects.requireNonNull(storage, "storage is null");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
        }
        if (numReturns < 1) {
            throw new IllegalArgumentException("numReturns must be >= 1, got " + numReturns);
        }
        if (placementGroup != null && (bundleIndex < 0 || bundleIndex >= placementGroup.bundles().size())) {
            throw new IllegalArgumentException("bundle index " + bundleIndex + " out of range for a group of "
                    + placementGroup.bundles().size() + " bundles");
        }
    }

    /** The options of a plain task: 1 CPU, 3 retries (on node loss only), one return. */
    public static TaskOptions defaults() {
        return new TaskOptions(null, DEFAULT_TASK_RESOURCES, DEFAULT_MAX_RETRIES, 1, null, 0, null, List.of(), List.of(),
                ObjectStorage.MEMORY_AND_DISK);
    }

    /** True if a task that threw {@code error} may run again (retries left permitting). */
    public boolean retries(Throwable error) {
        for (Class<? extends Throwable> type : retryExceptions) {
            if (type.isInstance(error)) {
                return true;
            }
        }
        return false;
    }
}

package io.ignis.api;

import java.util.Map;

/**
 * How an actor is created: its name (named actors can be found with {@link IgnisRuntime#getActor}),
 * lifetime, the resources it holds for life, how many of its calls may run at once, and how it
 * survives failures. Built by {@link ActorCreator}.
 */
public record ActorOptions(String name, ActorLifetime lifetime, Map<String, Double> resources, int maxConcurrency,
                           int maxRestarts, int maxTaskRetries, PlacementGroup placementGroup, int bundleIndex,
                           NodeAffinity nodeAffinity) {
    public ActorOptions {
        resources = Map.copyOf(resources);
        Resources.check(resources);
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be >= 1, got " + maxConcurrency);
        }
        if (maxRestarts < -1 || maxTaskRetries < -1) {
            throw new IllegalArgumentException("maxRestarts and maxTaskRetries must be >= -1 (-1 = unlimited)");
        }
        if (placementGroup != null && (bundleIndex < 0 || bundleIndex >= placementGroup.bundles().size())) {
            throw new IllegalArgumentException("bundle index " + bundleIndex + " out of range for a group of "
                    + placementGroup.bundles().size() + " bundles");
        }
    }

    /**
     * An actor holds no resources unless asked (Ray schedules an actor with 1 CPU but holds 0 while it
     * lives; holding none keeps idle actors from starving tasks), runs one call at a time, and is not
     * restarted.
     */
    public static ActorOptions defaults() {
        return new ActorOptions(null, ActorLifetime.NON_DETACHED, Map.of(), 1, 0, 0, null, 0, null);
    }
}

package io.ignis.api;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A live node of the cluster as the runtime sees it: its id, its address, the resources it
 * declared and those not in use now. A driver that joined a cluster is listed with {@code driver == true}
 * and runs no tasks.
 */
public record NodeInfo(String id, String address, Map<String, Double> totalResources,
                       Map<String, Double> availableResources, boolean driver) {
    public NodeInfo {
        requireNonNull(id, "id is null");
        requireNonNull(address, "address is null");
        totalResources = Map.copyOf(totalResources);
        availableResources = Map.copyOf(availableResources);
    }
}

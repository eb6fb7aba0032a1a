package io.ignis.runtime.cluster;

import java.util.Map;
import java.util.UUID;

/**
 * A node of the cluster as membership sees it: its id, discovery address, declared resources,
 * whether it is a driver (no resources, runs no tasks), and where its object-transfer server listens.
 */
public record Member(UUID id, String address, Map<String, Double> resources, boolean driver, String transferAddress) {
    public Member {
        resources = Map.copyOf(resources);
    }
}

package io.ignis.runtime.node;

import io.ignis.api.PlacementGroup;
import io.ignis.api.PlacementStrategy;
import io.ignis.api.exception.InfeasibleResourcesException;
import io.ignis.runtime.sched.ResourcePool;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A reserved placement group: its bundles and the node each was reserved on. Serializable, so tasks can use it too. */
record PlacementGroupImpl(String id, List<Map<String, Double>> bundles, PlacementStrategy strategy, List<UUID> nodes)
        implements PlacementGroup, Serializable {
    PlacementGroupImpl {
        bundles = List.copyOf(bundles);
        nodes = List.copyOf(nodes);
    }

    @Override
    public List<String> bundleNodes() {
        return nodes.stream().map(UUID::toString).toList();
    }

    String bundleKey(int index) {
        return id + "#" + index;
    }

    UUID node(int index) {
        return nodes.get(index);
    }

    void checkFits(int index, Map<String, Long> request, String what) {
        if (!new ResourcePool(bundles.get(index), List.of()).canEverFit(request)) {
            throw new InfeasibleResourcesException(what + " asks for " + ResourcePoolText.of(request) + " but bundle "
                    + index + " of placement group " + id + " holds only " + ResourcePoolText.amounts(bundles.get(index)));
        }
    }
}

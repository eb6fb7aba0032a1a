package io.ignis.api;

import java.util.List;
import java.util.Map;

/**
 * Resources reserved atomically in bundles across the cluster. Tasks and actors placed in a
 * bundle ({@code placementGroup(group, bundleIndex)}) run on that bundle's node using its
 * reservation; {@link IgnisRuntime#removePlacementGroup} returns the resources.
 */
public interface PlacementGroup {
    /** The group's id. */
    String id();

    /** The bundles as they were requested. */
    List<Map<String, Double>> bundles();

    /** The strategy the group was created with. */
    PlacementStrategy strategy();

    /** The node id each bundle was placed on, by bundle index. */
    List<String> bundleNodes();
}

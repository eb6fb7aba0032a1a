package io.ignis.api;

/** How the bundles of a {@link PlacementGroup} are spread over nodes (Ray's four strategies). */
public enum PlacementStrategy {
    /** As few nodes as possible, more if they do not fit on one. */
    PACK,
    /** As many distinct nodes as possible, sharing nodes if there are too few. */
    SPREAD,
    /** All bundles on one node, or the group cannot be created. */
    STRICT_PACK,
    /** Every bundle on a different node, or the group cannot be created. */
    STRICT_SPREAD
}

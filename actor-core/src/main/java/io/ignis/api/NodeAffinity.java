package io.ignis.api;

import static java.util.Objects.requireNonNull;

/**
 * Where a task or actor should run: on node {@code nodeId}, either only there ({@code soft == false};
 * it fails if the node is gone or can never fit it) or preferably there ({@code soft == true}).
 */
public record NodeAffinity(String nodeId, boolean soft) {
    public NodeAffinity {
        requireNonNull(nodeId, "nodeId is null");
    }

    /** Run only on {@code nodeId}. */
    public static NodeAffinity hard(String nodeId) {
        return new NodeAffinity(nodeId, false);
    }

    /** Prefer {@code nodeId}, run elsewhere if it is full or gone. */
    public static NodeAffinity soft(String nodeId) {
        return new NodeAffinity(nodeId, true);
    }
}

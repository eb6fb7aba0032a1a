package io.ignis.runtime.sched;

import java.util.List;
import java.util.Map;

/**
 * Resources taken from one pool for one task or actor, in fixed-point units, with the concrete GPU
 * ids (and the share of each) when GPUs were asked for.
 */
public record Allocation(ResourcePool pool, Map<String, Long> amounts, List<Integer> gpuIds, long gpuShare) {
    public static final Allocation NONE = new Allocation(null, Map.of(), List.of(), 0);
}

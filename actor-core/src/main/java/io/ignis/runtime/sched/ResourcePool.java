package io.ignis.runtime.sched;

import io.ignis.api.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Amounts of named resources, in fixed-point units of 1/10,000 (so fractions add up exactly, as
 * in Ray), with GPUs tracked per device so a task gets concrete GPU ids. Never hands out more than
 * it has. Not thread-safe: its {@link LocalScheduler} guards it.
 */
public final class ResourcePool {
    public static final long UNIT = 10_000;

    private final Map<String, Long> total;
    private final Map<String, Long> available;
    private final List<Integer> gpuIds;
    private final long[] gpuFree;
    /** A pool made for a placement-group bundle returns what is released after its removal to this parent. */
    private final ResourcePool parent;
    private boolean removed;

    public ResourcePool(Map<String, Double> resources, List<Integer> gpuIds) {
        this(resources, gpuIds, null);
    }

    private ResourcePool(Map<String, Double> resources, List<Integer> gpuIds, ResourcePool parent) {
        this.total = toUnits(resources);
        this.available = new HashMap<>(total);
        this.gpuIds = List.copyOf(gpuIds);
        this.gpuFree = new long[gpuIds.size()];
        java.util.Arrays.fill(gpuFree, UNIT);
        this.parent = parent;
    }

    public static Map<String, Long> toUnits(Map<String, Double> resources) {
        Map<String, Long> units = new HashMap<>();
        resources.forEach((name, amount) -> {
            long value = Math.round(amount * UNIT);
            if (value > 0) {
                units.put(name, value);
            }
        });
        return units;
    }

    /** True if this pool, empty, could hold {@code request}. */
    public boolean canEverFit(Map<String, Long> request) {
        for (Map.Entry<String, Long> e : request.entrySet()) {
            if (total.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code request} fits the free amounts now (GPU devices aside). */
    boolean fitsNow(Map<String, Long> request) {
        if (removed) {
            return false;
        }
        for (Map.Entry<String, Long> e : request.entrySet()) {
            if (available.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Takes {@code request} if it fits now; null if not. */
    Allocation tryAcquire(Map<String, Long> request) {
        if (!fitsNow(request)) {
            return null;
        }
        long gpus = request.getOrDefault(Resources.GPU, 0L);
        List<Integer> ids = List.of();
        long share = 0;
        if (gpus > 0) {
            ids = pickGpus(gpus);
            if (ids == null) {
                return null;
            }
            share = gpus >= UNIT ? UNIT : gpus;
        }
        for (Map.Entry<String, Long> e : request.entrySet()) {
            available.merge(e.getKey(), -e.getValue(), Long::sum);
        }
        for (int id : ids) {
            gpuFree[gpuIds.indexOf(id)] -= share;
        }
        return new Allocation(this, request, ids, share);
    }

    /** Whole GPUs need fully free devices; a fraction goes to the fullest device that still fits it. */
    private List<Integer> pickGpus(long amount) {
        if (gpuIds.isEmpty()) {
            return List.of(); // GPUs declared without device ids: amounts only
        }
        List<Integer> picked = new ArrayList<>();
        if (amount >= UNIT) {
            for (int i = 0; i < gpuFree.length && picked.size() < amount / UNIT; i++) {
                if (gpuFree[i] == UNIT) {
                    picked.add(gpuIds.get(i));
                }
            }
            return picked.size() == amount / UNIT ? picked : null;
        }
        int best = -1;
        for (int i = 0; i < gpuFree.length; i++) {
            if (gpuFree[i] >= amount && (best < 0 || gpuFree[i] < gpuFree[best])) {
                best = i;
            }
        }
        return best < 0 ? null : List.of(gpuIds.get(best));
    }

    void release(Allocation allocation) {
        if (removed && parent != null) {
            parent.release(new Allocation(parent, allocation.amounts(), allocation.gpuIds(), allocation.gpuShare()));
            return;
        }
        for (Map.Entry<String, Long> e : allocation.amounts().entrySet()) {
            available.merge(e.getKey(), e.getValue(), Long::sum);
        }
        for (int id : allocation.gpuIds()) {
            int index = gpuIds.indexOf(id);
            if (index >= 0) {
                gpuFree[index] += allocation.gpuShare();
            }
        }
    }

    /** Takes CPU back from a task that blocked and released it; false if it does not fit now. */
    boolean tryTake(String name, long amount) {
        if (available.getOrDefault(name, 0L) < amount) {
            return false;
        }
        available.merge(name, -amount, Long::sum);
        return true;
    }

    void give(String name, long amount) {
        if (removed && parent != null) {
            parent.give(name, amount);
        } else {
            available.merge(name, amount, Long::sum);
        }
    }

    /** Carves a bundle out of this pool for a placement group; null if it does not fit now. */
    ResourcePool reserveBundle(Map<String, Long> request) {
        Allocation taken = tryAcquire(request);
        if (taken == null) {
            return null;
        }
        Map<String, Double> amounts = new HashMap<>();
        request.forEach((name, units) -> amounts.put(name, units / (double) UNIT));
        return new ResourcePool(amounts, taken.gpuIds(), this);
    }

    /** Returns a bundle's unused resources to its parent; what its tasks still hold returns when they finish. */
    void removeBundle() {
        removed = true;
        if (parent != null) {
            available.forEach(parent::give);
            available.clear();
            for (int i = 0; i < gpuFree.length; i++) {
                parent.returnGpuShare(gpuIds.get(i), gpuFree[i]);
                gpuFree[i] = 0;
            }
        }
    }

    private void returnGpuShare(int id, long share) {
        int index = gpuIds.indexOf(id);
        if (index >= 0) {
            gpuFree[index] += share;
        }
    }

    public Map<String, Double> totals() {
        return toAmounts(total);
    }

    public Map<String, Double> availableNow() {
        return toAmounts(available);
    }

    static Map<String, Double> toAmounts(Map<String, Long> units) {
        Map<String, Double> out = new HashMap<>();
        units.forEach((name, value) -> out.put(name, value / (double) UNIT));
        return out;
    }
}

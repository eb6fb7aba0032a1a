package io.ignis.runtime.node;

import io.ignis.api.PlacementGroup;
import io.ignis.api.PlacementStrategy;
import io.ignis.api.exception.IgnisException;
import io.ignis.api.exception.InfeasibleResourcesException;
import io.ignis.runtime.cluster.Member;
import io.ignis.runtime.sched.ResourcePool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Placement groups: bundles of resources reserved on nodes, all or nothing. The creator picks a
 * node per bundle by the strategy, asks each node to carve the bundle out of its pool, and gives
 * back what it got if any node refuses, then tries again until the reservation holds or time is up.
 */
final class PlacementGroups {
    private static final long RESERVE_TIMEOUT_MS = 60_000;

    private final Node node;
    private final AtomicLong requests = new AtomicLong();
    private final Map<Long, CompletableFuture<Boolean>> replies = new ConcurrentHashMap<>();
    private final Map<String, ResourcePool> bundles = new ConcurrentHashMap<>();

    PlacementGroups(Node node) {
        this.node = node;
    }

    PlacementGroup create(List<Map<String, Double>> requested, PlacementStrategy strategy) {
        if (requested.isEmpty()) {
            throw new IllegalArgumentException("a placement group needs at least one bundle");
        }
        List<Map<String, Long>> units = new ArrayList<>();
        for (Map<String, Double> bundle : requested) {
            io.ignis.api.Resources.check(bundle);
            Map<String, Long> u = ResourcePool.toUnits(bundle);
            if (u.isEmpty()) {
                throw new IllegalArgumentException("placement group bundles must ask for some resource, got " + bundle);
            }
            units.add(u);
        }
        List<Member> workers = node.cluster().members().stream().filter(m -> !m.driver()).toList();
        if (assign(units, strategy, workers, m -> ResourcePool.toUnits(m.resources())) == null) {
            throw new InfeasibleResourcesException("placement group " + requested + " with " + strategy
                    + " cannot fit this cluster; the nodes have: " + node.placement().describeCluster());
        }
        String id = "pg-" + node.newIds(1);
        long deadline = System.currentTimeMillis() + RESERVE_TIMEOUT_MS;
        while (true) {
            List<Member> live = node.cluster().members().stream().filter(m -> !m.driver()).toList();
            List<UUID> placement = assign(units, strategy, live, m -> ResourcePool.toUnits(node.placement().available(m)));
            if (placement == null) {
                placement = assign(units, strategy, live, m -> ResourcePool.toUnits(m.resources()));
            }
            if (placement != null && reserveAll(id, units, placement)) {
                return new PlacementGroupImpl(id, requested, strategy, placement);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IgnisException("placement group " + requested + " could not be reserved within "
                        + RESERVE_TIMEOUT_MS / 1000 + " s: the resources it needs stay in use");
            }
            sleep(50);
        }
    }

    void remove(PlacementGroup group) {
        PlacementGroupImpl impl = (PlacementGroupImpl) group;
        for (int i = 0; i < impl.nodes().size(); i++) {
            release(impl.nodes().get(i), impl.bundleKey(i));
        }
    }

    private boolean reserveAll(String id, List<Map<String, Long>> units, List<UUID> placement) {
        List<Integer> reserved = new ArrayList<>();
        boolean ok = true;
        List<CompletableFuture<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            answers.add(reserve(placement.get(i), id + "#" + i, units.get(i)));
        }
        for (int i = 0; i < answers.size(); i++) {
            boolean got;
            try {
                got = answers.get(i).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                got = false;
            }
            if (got) {
                reserved.add(i);
            } else {
                ok = false;
            }
        }
        if (!ok) {
            for (int i : reserved) {
                release(placement.get(i), id + "#" + i);
            }
        }
        return ok;
    }

    private CompletableFuture<Boolean> reserve(UUID target, String key, Map<String, Long> request) {
        if (target.equals(node.id())) {
            return CompletableFuture.completedFuture(reserveHere(key, request));
        }
        long requestId = requests.incrementAndGet();
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        replies.put(requestId, answer);
        node.send(target, new Message.ReserveBundle(key, request, requestId));
        return answer.whenComplete((r, e) -> replies.remove(requestId));
    }

    private boolean reserveHere(String key, Map<String, Long> request) {
        ResourcePool pool = node.scheduler().reserveBundle(request);
        if (pool == null) {
            return false;
        }
        bundles.put(key, pool);
        return true;
    }

    private void release(UUID target, String key) {
        if (target.equals(node.id())) {
            ResourcePool pool = bundles.remove(key);
            if (pool != null) {
                node.scheduler().removeBundle(pool);
            }
        } else {
            node.send(target, new Message.ReleaseBundle(key));
        }
    }

    void onReserve(UUID from, Message.ReserveBundle message) {
        node.send(from, new Message.BundleReply(message.requestId(), reserveHere(message.bundle(), message.request())));
    }

    void onReply(Message.BundleReply reply) {
        CompletableFuture<Boolean> answer = replies.get(reply.requestId());
        if (answer != null) {
            answer.complete(reply.reserved());
        }
    }

    void onRelease(Message.ReleaseBundle message) {
        release(node.id(), message.bundle());
    }

    ResourcePool bundle(String key) {
        return bundles.get(key);
    }

    /** One node per bundle following {@code strategy}, given each node's capacity; null if they cannot fit. */
    static List<UUID> assign(List<Map<String, Long>> bundles, PlacementStrategy strategy, List<Member> members,
                             Function<Member, Map<String, Long>> capacityOf) {
        Map<UUID, Map<String, Long>> capacity = new HashMap<>();
        for (Member m : members) {
            capacity.put(m.id(), new HashMap<>(capacityOf.apply(m)));
        }
        Comparator<UUID> freest = Comparator.comparingLong((UUID id) -> capacity.get(id).getOrDefault("CPU", 0L)).reversed();
        if (strategy == PlacementStrategy.STRICT_PACK || strategy == PlacementStrategy.PACK) {
            Map<String, Long> sum = new HashMap<>();
            bundles.forEach(b -> b.forEach((k, v) -> sum.merge(k, v, Long::sum)));
            for (UUID id : capacity.keySet().stream().sorted(freest).toList()) {
                if (fits(capacity.get(id), sum)) {
                    List<UUID> all = new ArrayList<>();
                    bundles.forEach(b -> all.add(id));
                    return all;
                }
            }
            if (strategy == PlacementStrategy.STRICT_PACK) {
                return null;
            }
        }
        List<UUID> out = new ArrayList<>();
        Set<UUID> used = new HashSet<>();
        for (Map<String, Long> bundle : bundles) {
            UUID chosen = null;
            List<UUID> order = capacity.keySet().stream().sorted(freest).toList();
            if (strategy == PlacementStrategy.PACK) {
                for (UUID id : out) {
                    if (fits(capacity.get(id), bundle)) {
                        chosen = id;
                        break;
                    }
                }
            } else {
                for (UUID id : order) {
                    if (!used.contains(id) && fits(capacity.get(id), bundle)) {
                        chosen = id;
                        break;
                    }
                }
            }
            if (chosen == null && strategy != PlacementStrategy.STRICT_SPREAD) {
                for (UUID id : order) {
                    if (fits(capacity.get(id), bundle)) {
                        chosen = id;
                        break;
                    }
                }
            }
            if (chosen == null) {
                return null;
            }
            Map<String, Long> left = capacity.get(chosen);
            bundle.forEach((k, v) -> left.merge(k, -v, Long::sum));
            used.add(chosen);
            out.add(chosen);
        }
        return out;
    }

    private static boolean fits(Map<String, Long> capacity, Map<String, Long> request) {
        for (Map.Entry<String, Long> e : request.entrySet()) {
            if (capacity.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IgnisException("interrupted while reserving a placement group", e);
        }
    }
}

package io.ignis.runtime.node;

import io.ignis.api.Resources;
import io.ignis.api.exception.InfeasibleResourcesException;
import io.ignis.runtime.cluster.Member;
import io.ignis.runtime.sched.ResourcePool;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where work goes. Each node reports its free resources and queue length; between reports a node
 * counts what it sent to each other node, so a burst spreads instead of piling onto the node that
 * looked free. A task goes to its preferred node (soft affinity, or the holder of most of its
 * argument bytes) if that node has room, else to this node if it has room, else to the node with
 * the most room, and waits in a queue there if all are full.
 */
final class Placement {
    private final Node node;
    private final Map<UUID, Load> loads = new ConcurrentHashMap<>();
    /** Each member's totals in units, converted once. */
    private final Map<UUID, Map<String, Long>> totals = new ConcurrentHashMap<>();

    /** A node's last report, plus tasks sent its way since that have not come back. */
    private static final class Load {
        final Map<String, Double> available;
        final int queued;
        final java.util.concurrent.atomic.AtomicInteger sentSince = new java.util.concurrent.atomic.AtomicInteger();

        Load(Map<String, Double> available, int queued) {
            this.available = available;
            this.queued = queued;
        }
    }

    Placement(Node node) {
        this.node = node;
    }

    void onLoad(UUID source, LoadReport report) {
        loads.put(source, new Load(report.available(), report.queued()));
    }

    void forget(UUID gone) {
        loads.remove(gone);
        totals.remove(gone);
    }

    void sentTo(UUID target) {
        Load load = loads.get(target);
        if (load != null) {
            load.sentSince.incrementAndGet();
        }
    }

    /** A task sent to {@code source} finished: it no longer weighs on that node. */
    void cameBack(UUID source) {
        Load load = loads.get(source);
        if (load != null) {
            load.sentSince.updateAndGet(n -> Math.max(0, n - 1));
        }
    }

    /** Fails at once, listing the cluster, if no node could ever run {@code request}. */
    void checkFeasible(Map<String, Long> request, java.util.function.Supplier<String> what) {
        if (!node.isDriver() && node.scheduler().nodePool().canEverFit(request)) {
            return;
        }
        for (Member member : node.cluster().members()) {
            if (!member.driver() && fitsTotals(member, request)) {
                return;
            }
        }
        throw new InfeasibleResourcesException(what.get() + " asks for " + ResourcePoolText.of(request)
                + ", which no node of the cluster has; the nodes have: " + describeCluster());
    }

    String describeCluster() {
        StringBuilder out = new StringBuilder();
        for (Member member : node.cluster().members()) {
            if (!member.driver()) {
                out.append(out.length() == 0 ? "" : "; ").append(ObjectManager.shortId(member.id())).append(" (")
                        .append(member.address()).append(") ").append(ResourcePoolText.amounts(member.resources()));
            }
        }
        return out.length() == 0 ? "(no worker nodes)" : out.toString();
    }

    boolean fitsTotals(Member member, Map<String, Long> request) {
        Map<String, Long> units = totals.computeIfAbsent(member.id(), id -> ResourcePool.toUnits(member.resources()));
        for (Map.Entry<String, Long> e : request.entrySet()) {
            if (units.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** The node to run {@code request} on; {@code preferred} (may be null) wins if it has room. */
    UUID choose(Map<String, Long> request, UUID preferred) {
        UUID local = node.id();
        if (preferred != null && !preferred.equals(local) && hasRoom(preferred, request)) {
            return preferred;
        }
        if (!node.isDriver() && node.scheduler().hasRoomNow(request)) {
            return local;
        }
        List<Member> members = node.cluster().members();
        if (members.size() == 1 && !node.isDriver()) {
            return local; // alone: queue here
        }
        // A node that has not reported yet may not be listening yet: use it only if no reported node fits.
        UUID best = best(members, request, true);
        if (best == null) {
            best = best(members, request, false);
        }
        if (best == null) {
            throw new InfeasibleResourcesException("no live node can run a request of " + ResourcePoolText.of(request)
                    + "; the nodes have: " + describeCluster());
        }
        return best;
    }

    private UUID best(List<Member> members, Map<String, Long> request, boolean reportedOnly) {
        UUID local = node.id();
        UUID best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Member member : members) {
            if (member.driver() || !fitsTotals(member, request)) {
                continue;
            }
            if (reportedOnly && !member.id().equals(local) && !loads.containsKey(member.id())) {
                continue;
            }
            double score = score(member.id(), member.resources());
            if (score > bestScore || (score == bestScore && member.id().equals(local))) {
                best = member.id();
                bestScore = score;
            }
        }
        return best;
    }

    /** A node other than this one and {@code exclude} with room for {@code request} now, or null. */
    UUID spillTarget(Map<String, Long> request, UUID exclude) {
        for (Member member : node.cluster().members()) {
            if (!member.driver() && !member.id().equals(node.id()) && !member.id().equals(exclude)
                    && fitsTotals(member, request) && hasRoom(member.id(), request)) {
                return member.id();
            }
        }
        return null;
    }

    private boolean hasRoom(UUID target, Map<String, Long> request) {
        Map<String, Double> available;
        int backlog;
        if (target.equals(node.id())) {
            if (node.isDriver()) {
                return false;
            }
            available = node.scheduler().available();
            backlog = node.scheduler().queued();
        } else {
            Load load = loads.get(target);
            if (load == null) {
                return false; // not reported yet: maybe not listening yet
            }
            available = load.available;
            backlog = load.queued + load.sentSince.get();
        }
        if (backlog > 0 && request.containsKey(Resources.CPU)) {
            available = new java.util.HashMap<>(available);
            available.merge(Resources.CPU, (double) -backlog, Double::sum);
        }
        for (Map.Entry<String, Long> e : request.entrySet()) {
            if (available.getOrDefault(e.getKey(), 0.0) * ResourcePool.UNIT < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private double score(UUID target, Map<String, Double> totals) {
        if (target.equals(node.id())) {
            return node.scheduler().available().getOrDefault(Resources.CPU, 0.0) - node.scheduler().queued();
        }
        Load load = loads.get(target);
        if (load == null) {
            return totals.getOrDefault(Resources.CPU, 0.0);
        }
        return load.available.getOrDefault(Resources.CPU, 0.0) - load.queued - load.sentSince.get();
    }

    /** Free resources of a node as last known here. */
    Map<String, Double> available(Member member) {
        if (member.id().equals(node.id())) {
            return node.isDriver() ? Map.of() : node.scheduler().available();
        }
        Load load = loads.get(member.id());
        return load == null ? member.resources() : load.available;
    }

    /** What a node broadcasts about itself. */
    record LoadReport(Map<String, Double> available, int queued) implements java.io.Serializable {}
}

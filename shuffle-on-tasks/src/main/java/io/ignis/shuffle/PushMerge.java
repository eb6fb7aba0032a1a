package io.ignis.shuffle;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.NodeAffinity;
import io.ignis.api.NodeInfo;
import io.ignis.api.ObjectRef;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Push-based merge (the idea of Magnet and Exoshuffle): while the map tasks still run, one merge
 * task per node and round of map tasks gathers the round's blocks meant for the reducers placed on
 * that node, into one merged block per reducer and round. A reducer then reads
 * {@code M / mapsPerRound} large objects, already on its node, instead of M small ones from every node.
 *
 * <p>The merge does not decode anything: a {@link MergedBlock} holds the round's blocks as they
 * are, in map order, so every shuffle (plain, combined, sorted, spilled) reads its blocks the
 * same way through {@link #blocks}. Map tasks of round {@code g + roundsInFlight} wait for the
 * merges of round {@code g}: at most that many rounds of blocks are waiting to be merged, so a
 * fast map side cannot run far ahead of the merges.
 *
 * <p>A merged block is made again from its merge task if its node is lost; the map blocks it was
 * made of stay alive as that task's arguments (its lineage), as Magnet keeps the unmerged shuffle
 * files for fallback.
 */
public final class PushMerge {
    /** When to merge: never, always, or when the shuffle is large and the cluster has several nodes. */
    public enum Mode {
        NEVER, ALWAYS, AUTO;

        /** {@code auto}, {@code true}/{@code always} or {@code false}/{@code never}, as a configuration value says it. */
        public static Mode parse(String text) {
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "auto" -> AUTO;
                case "true", "always" -> ALWAYS;
                case "false", "never" -> NEVER;
                default -> throw new IllegalArgumentException("push merge mode must be auto, true or false, got '" + text + "'");
            };
        }
    }

    /** Blocks (M x R) from which AUTO merges: below this, reducers' fetches are few enough as they are. */
    public static final int AUTO_MIN_BLOCKS = 4096;
    /** Map tasks whose blocks one merge task gathers. */
    public static final int DEFAULT_MAPS_PER_ROUND = 16;
    /** Rounds of map tasks that may run ahead of their merges. */
    public static final int DEFAULT_ROUNDS_IN_FLIGHT = 2;

    /** A round's blocks for one reducer, in map order, as the map tasks returned them. */
    public record MergedBlock(List<Object> parts) implements Serializable {}

    /** How a shuffle is merged: rounds of {@code mapsPerRound} maps, each reducer's merges placed on its node. */
    public record Plan(int mapsPerRound, int roundsInFlight, List<String> reducerNodes) implements Serializable {
        public Plan {
            if (mapsPerRound < 2 || roundsInFlight < 1 || reducerNodes.isEmpty()) {
                throw new IllegalArgumentException("a merge plan needs at least 2 maps per round, 1 round in flight and a node");
            }
            reducerNodes = List.copyOf(reducerNodes);
        }

        /** The round map task {@code map} belongs to. */
        public int round(int map) {
            return map / mapsPerRound;
        }

        /** The number of rounds of {@code maps} map tasks. */
        public int rounds(int maps) {
            return (maps + mapsPerRound - 1) / mapsPerRound;
        }

        /** The node whose merges (and so, by locality, whose reduce task) take partition {@code reducer}. */
        public String nodeOf(int reducer) {
            return reducerNodes.get(reducer % reducerNodes.size());
        }
    }

    private PushMerge() {}

    /**
     * The plan for a shuffle of {@code maps} x {@code reducers} blocks under {@code mode}, or null
     * to read the blocks as they are. AUTO merges when {@link #worthMerging} says so for the hosts
     * of the nodes that run tasks.
     */
    public static Plan plan(IgnisRuntime ignis, Mode mode, int maps, int reducers) {
        if (mode == Mode.NEVER || maps < 2) {
            return null;
        }
        List<String> workers = new ArrayList<>();
        java.util.Set<String> hosts = new java.util.HashSet<>();
        for (NodeInfo node : ignis.nodes()) {
            if (!node.driver()) {
                workers.add(node.id());
                int colon = node.address().lastIndexOf(':');
                hosts.add(colon < 0 ? node.address() : node.address().substring(0, colon));
            }
        }
        if (workers.isEmpty() || (mode == Mode.AUTO && !worthMerging(hosts.size(), (long) maps * reducers))) {
            return null;
        }
        workers.sort(null); // the same reducer-to-node assignment for every shuffle of this cluster
        return new Plan(Math.min(DEFAULT_MAPS_PER_ROUND, maps), DEFAULT_ROUNDS_IN_FLIGHT, workers);
    }

    /**
     * AUTO's rule: merge a shuffle of {@code blocks} blocks when its nodes are on two hosts or more
     * and there are at least {@link #AUTO_MIN_BLOCKS} blocks. Merging turns many small fetches over
     * the network into few large local reads; nodes on one host fetch from each other over
     * loopback, where measured on a 2-core machine (3 nodes in one JVM, 200 x 200 blocks) the
     * merge tasks cost more than they save (about 3.2 s against 2.5 s).
     */
    public static boolean worthMerging(int hosts, long blocks) {
        return hosts >= 2 && blocks >= AUTO_MIN_BLOCKS;
    }

    /**
     * Submits the merges of one round: on each node, one task that waits for the round's blocks of
     * the reducers placed there and returns one {@link MergedBlock} per such reducer (as
     * Exoshuffle's mergers do, one per node and round, not one per reducer: far fewer tasks).
     * {@code roundBlocks.get(m).get(r)}: the round's m-th map task's block for reducer r. Returns
     * the merged block of each reducer, in reducer order.
     */
    @SuppressWarnings("unchecked")
    public static List<ObjectRef<Object>> mergeRound(IgnisRuntime ignis, Plan plan, int round,
                                                      List<? extends List<? extends ObjectRef<?>>> roundBlocks, String name) {
        int reducers = roundBlocks.get(0).size();
        int nodes = Math.min(plan.reducerNodes().size(), reducers);
        ObjectRef<Object>[] merged = new ObjectRef[reducers];
        for (int n = 0; n < nodes; n++) {
            List<Integer> mine = new ArrayList<>();
            for (int r = n; r < reducers; r += plan.reducerNodes().size()) {
                mine.add(r);
            }
            List<ObjectRef<?>> parts = new ArrayList<>(roundBlocks.size() * mine.size());
            for (List<? extends ObjectRef<?>> map : roundBlocks) {
                for (int r : mine) {
                    parts.add(map.get(r));
                }
            }
            NodeAffinity where = NodeAffinity.soft(plan.reducerNodes().get(n));
            String taskName = name + " merge " + round + " on " + plan.reducerNodes().get(n);
            if (mine.size() == 1) {
                merged[mine.get(0)] = (ObjectRef<Object>) (ObjectRef<?>) ignis.task(PushMerge::mergeOne, parts)
                        .dependsOn(parts).nodeAffinity(where).name(taskName).maxRetries(3).remote();
                continue;
            }
            List<ObjectRef<Object>> outs = ignis.task(PushMerge::merge, parts, mine.size())
                    .dependsOn(parts).nodeAffinity(where).name(taskName).maxRetries(3).numReturns(mine.size()).remote();
            for (int j = 0; j < mine.size(); j++) {
                merged[mine.get(j)] = outs.get(j);
            }
        }
        return List.of(merged);
    }

    /**
     * A merge task: the round's blocks of {@code reducers} reducers, fetched to this node and kept as
     * they are; {@code parts} lists each map task's blocks for those reducers in turn.
     */
    static List<Object> merge(List<ObjectRef<?>> parts, int reducers) {
        List<Object> fetched = fetch(parts);
        int maps = fetched.size() / reducers;
        List<Object> out = new ArrayList<>(reducers);
        for (int j = 0; j < reducers; j++) {
            List<Object> blocks = new ArrayList<>(maps);
            for (int m = 0; m < maps; m++) {
                blocks.add(fetched.get(m * reducers + j));
            }
            out.add(new MergedBlock(blocks));
        }
        return out;
    }

    /** A merge task for a node with one reducer. */
    static Object mergeOne(List<ObjectRef<?>> parts) {
        return new MergedBlock(fetch(parts));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fetch(List<ObjectRef<?>> parts) {
        List<ObjectRef<Object>> refs = new ArrayList<>(parts.size());
        for (ObjectRef<?> part : parts) {
            refs.add((ObjectRef<Object>) part);
        }
        return new ArrayList<>(Ignis.get(refs));
    }

    /** A reducer's fetched inputs with merged blocks opened: the map blocks in map order. */
    public static List<Object> blocks(List<?> fetched) {
        boolean merged = false;
        for (Object input : fetched) {
            merged |= input instanceof MergedBlock;
        }
        if (!merged) {
            @SuppressWarnings("unchecked")
            List<Object> same = (List<Object>) fetched;
            return same;
        }
        List<Object> out = new ArrayList<>();
        for (Object input : fetched) {
            if (input instanceof MergedBlock block) {
                out.addAll(block.parts());
            } else {
                out.add(input);
            }
        }
        return out;
    }
}

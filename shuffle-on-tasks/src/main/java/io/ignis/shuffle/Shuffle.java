package io.ignis.shuffle;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scala.Tuple2;

/**
 * A keyed exchange built from tasks and objects, with no stage barrier: one map task per input
 * block splits it into one block per reduce partition (its {@code numReturns} objects), and one
 * reduce task per partition takes the M blocks meant for it as object refs. Each reduce task runs
 * as soon as its blocks exist. Blocks are lists of {@link Tuple2} pairs, the pair type of Spark's
 * Java API, so callers holding such pairs pass them through as they are.
 *
 * <p>Options: an {@link Aggregator} combines the values of a key (on the map side too, if asked,
 * which sends one combiner per key and map task instead of every value); a key ordering sorts each
 * reduce partition; with a {@link RangePartitioner} the partitions are ordered too, which makes a
 * total sort.
 *
 * <p>What a map task returns stays on its node until the reduce tasks fetch it, and is freed when
 * the returned refs are dropped; a lost block is made again by re-running its map task (lineage).
 */
public final class Shuffle {
    private Shuffle() {}

    /** What a shuffle does with the pairs: where each key goes, how values combine, how keys sort. */
    public record Spec<K, V, C>(Partitioner<K> partitioner, Aggregator<V, C> aggregator, boolean mapSideCombine,
                                Comparator<? super K> keyOrdering) implements Serializable {
        public Spec {
            if (partitioner == null) {
                throw new NullPointerException("partitioner is null");
            }
            if (mapSideCombine && aggregator == null) {
                throw new IllegalArgumentException("map-side combine needs an aggregator");
            }
            if (keyOrdering != null && !(keyOrdering instanceof Serializable)) {
                throw new IllegalArgumentException("the key ordering must be Serializable: it travels with the tasks");
            }
        }
    }

    /**
     * Moves every pair to the partition of its key; each output partition keeps its pairs in the
     * order the map blocks list them, or sorted by {@code keyOrdering} if given (null: unsorted).
     */
    public static <K, V> List<ObjectRef<List<Tuple2<K, V>>>> partitionBy(
            IgnisRuntime ignis, List<? extends ObjectRef<? extends List<Tuple2<K, V>>>> inputs,
            Partitioner<K> partitioner, Comparator<? super K> keyOrdering) {
        return run(ignis, inputs, new Spec<K, V, V>(partitioner, null, false, keyOrdering));
    }

    /** Combines the values of each key with {@code aggregator}: one pair per key, in the key's partition. */
    public static <K, V, C> List<ObjectRef<List<Tuple2<K, C>>>> combineByKey(
            IgnisRuntime ignis, List<? extends ObjectRef<? extends List<Tuple2<K, V>>>> inputs,
            Partitioner<K> partitioner, Aggregator<V, C> aggregator, boolean mapSideCombine, Comparator<? super K> keyOrdering) {
        return run(ignis, inputs, new Spec<>(partitioner, aggregator, mapSideCombine, keyOrdering));
    }

    /** Runs a shuffle: M map tasks, then R reduce tasks, each starting when its inputs exist; pushed and merged if large (see {@link PushMerge}). */
    public static <K, V, C> List<ObjectRef<List<Tuple2<K, C>>>> run(
            IgnisRuntime ignis, List<? extends ObjectRef<? extends List<Tuple2<K, V>>>> inputs, Spec<K, V, C> spec) {
        return run(ignis, inputs, spec, PushMerge.Mode.AUTO);
    }

    /**
     * Runs a shuffle, merging map outputs on the reducers' nodes as {@code pushMerge} says: M map
     * tasks (in rounds, with merge tasks per round and reducer, if merged), then R reduce tasks.
     */
    @SuppressWarnings("unchecked")
    public static <K, V, C> List<ObjectRef<List<Tuple2<K, C>>>> run(
            IgnisRuntime ignis, List<? extends ObjectRef<? extends List<Tuple2<K, V>>>> inputs, Spec<K, V, C> spec,
            PushMerge.Mode pushMerge) {
        int reducers = spec.partitioner().numPartitions();
        PushMerge.Plan plan = PushMerge.plan(ignis, pushMerge, inputs.size(), reducers);
        // blocks.get(m).get(r): map task m's block for reduce partition r (a round's merged block, if merged).
        List<List<ObjectRef<Object>>> blocks = new ArrayList<>(inputs.size());
        List<List<ObjectRef<Object>>> round = new ArrayList<>();
        List<List<ObjectRef<Object>>> merged = new ArrayList<>();
        for (int m = 0; m < inputs.size(); m++) {
            ObjectRef<List<Tuple2<K, V>>> block = (ObjectRef<List<Tuple2<K, V>>>) inputs.get(m);
            List<ObjectRef<?>> waitFor = List.of();
            if (plan != null && plan.round(m) >= plan.roundsInFlight()) {
                waitFor = List.copyOf(merged.get(plan.round(m) - plan.roundsInFlight()));
            }
            List<ObjectRef<Object>> out;
            if (reducers == 1) {
                out = List.of((ObjectRef<Object>) (ObjectRef<?>) ignis.task(
                        (List<Tuple2<K, V>> in) -> (Object) split(in.iterator(), spec).get(0), block).dependsOn(waitFor).remote());
            } else {
                out = ignis.task((List<Tuple2<K, V>> in) -> split(in.iterator(), spec), block)
                        .dependsOn(waitFor).numReturns(reducers).remote();
            }
            if (plan == null) {
                blocks.add(out);
                continue;
            }
            round.add(out);
            if (round.size() == plan.mapsPerRound() || m == inputs.size() - 1) {
                merged.add(PushMerge.mergeRound(ignis, plan, merged.size(), round, "shuffle"));
                round = new ArrayList<>();
            }
        }
        if (plan != null) {
            blocks = merged;
        }
        List<ObjectRef<List<Tuple2<K, C>>>> outputs = new ArrayList<>(reducers);
        for (int r = 0; r < reducers; r++) {
            List<ObjectRef<Object>> mine = new ArrayList<>(blocks.size());
            for (List<ObjectRef<Object>> map : blocks) {
                mine.add(map.get(r));
            }
            // Waiting for the blocks as dependencies (not inside the task) keeps CPUs free for map
            // tasks meanwhile and places the reducer where most of its blocks are.
            outputs.add(ignis.task((List<ObjectRef<Object>> parts) -> reduce(parts, spec), mine).dependsOn(mine).remote());
        }
        return outputs;
    }

    /**
     * A map task's work, for callers that make the pairs in the same task (a fused chain): the
     * pairs split into one block per reduce partition, combined per key if the spec says so.
     */
    public static <K, V, C> List<Object> split(java.util.Iterator<? extends Tuple2<K, V>> records, Spec<K, V, C> spec)
            throws Exception {
        Partitioner<K> partitioner = spec.partitioner();
        int reducers = partitioner.numPartitions();
        List<Object> out = new ArrayList<>(reducers);
        if (spec.mapSideCombine()) {
            List<Map<K, C>> combined = new ArrayList<>(reducers);
            for (int r = 0; r < reducers; r++) {
                combined.add(new HashMap<>());
            }
            Aggregator<V, C> aggregator = spec.aggregator();
            while (records.hasNext()) {
                Tuple2<K, V> pair = records.next();
                Map<K, C> bucket = combined.get(partitioner.partition(pair._1()));
                C current = bucket.get(pair._1());
                bucket.put(pair._1(), current == null && !bucket.containsKey(pair._1())
                        ? aggregator.createCombiner().apply(pair._2()) : aggregator.mergeValue().apply(current, pair._2()));
            }
            for (Map<K, C> bucket : combined) {
                List<Tuple2<K, C>> pairs = new ArrayList<>(bucket.size());
                bucket.forEach((k, c) -> pairs.add(new Tuple2<>(k, c)));
                out.add(pairs);
            }
            return out;
        }
        List<List<Tuple2<K, V>>> buckets = new ArrayList<>(reducers);
        for (int r = 0; r < reducers; r++) {
            buckets.add(new ArrayList<>());
        }
        while (records.hasNext()) {
            Tuple2<K, V> pair = records.next();
            buckets.get(partitioner.partition(pair._1())).add(pair);
        }
        out.addAll(buckets);
        return out;
    }

    /** A reduce task's work: its blocks from every map task, combined and sorted as asked. */
    static <K, V, C> List<Tuple2<K, C>> reduce(List<ObjectRef<Object>> parts, Spec<K, V, C> spec) throws Exception {
        return merge(PushMerge.blocks(Ignis.get(parts)), spec);
    }

    /**
     * The reduce side over blocks already fetched (one per map task, in map order), for callers
     * that read a partition inside a larger task: concatenated, or combined per key, then sorted if
     * the spec has a key ordering.
     */
    @SuppressWarnings("unchecked")
    public static <K, V, C> List<Tuple2<K, C>> merge(List<?> blocks, Spec<K, V, C> spec) throws Exception {
        List<Tuple2<K, C>> out;
        Aggregator<V, C> aggregator = spec.aggregator();
        if (aggregator == null) {
            int size = 0;
            for (Object block : blocks) {
                size += ((List<?>) block).size();
            }
            out = new ArrayList<>(size);
            for (Object block : blocks) {
                out.addAll((List<Tuple2<K, C>>) block);
            }
        } else {
            Map<K, C> combined = new HashMap<>();
            for (Object block : blocks) {
                if (spec.mapSideCombine()) {
                    for (Tuple2<K, C> pair : (List<Tuple2<K, C>>) block) {
                        C current = combined.get(pair._1());
                        combined.put(pair._1(), current == null && !combined.containsKey(pair._1())
                                ? pair._2() : aggregator.mergeCombiners().apply(current, pair._2()));
                    }
                } else {
                    for (Tuple2<K, V> pair : (List<Tuple2<K, V>>) block) {
                        C current = combined.get(pair._1());
                        combined.put(pair._1(), current == null && !combined.containsKey(pair._1())
                                ? aggregator.createCombiner().apply(pair._2()) : aggregator.mergeValue().apply(current, pair._2()));
                    }
                }
            }
            out = new ArrayList<>(combined.size());
            combined.forEach((k, c) -> out.add(new Tuple2<>(k, c)));
        }
        if (spec.keyOrdering() != null) {
            Comparator<? super K> ordering = spec.keyOrdering();
            out.sort((a, b) -> ordering.compare(a._1(), b._1()));
        }
        return out;
    }
}

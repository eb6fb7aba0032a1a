package io.ignis.shuffle;

import io.ignis.api.Ignis;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.api.WorkMemory;
import io.ignis.shuffle.spill.CloseableIterator;
import io.ignis.shuffle.spill.ExternalAggregator;
import io.ignis.shuffle.spill.ExternalSorter;
import io.ignis.shuffle.spill.RecordCodec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
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
 * Blocks are {@link ShuffleBlock}s: lists on their node, batched, LZ4-compressed and checksummed
 * frames when they leave it or the store spills them; a corrupt frame is never read as data.
 *
 * <p><b>Memory (backpressure).</b> The rule: a shuffle task's sort and aggregation buffers hold at
 * most half of its working-memory lease's limit ({@link WorkMemory#limit}: the node's object-store
 * budget over its CPU slots), taken from the lease as they grow; the other half is left for the
 * objects the task reads and returns, which the store counts. The store counts leases and stored
 * values together against its budget and spills stored values to make room, so all of a node's
 * shuffle tasks and objects together stay within the budget whatever the data size. A buffer the
 * lease refuses (its cap reached, or nothing left in the store to spill) is sorted and written to
 * local disk as a run ({@link io.ignis.shuffle.spill.ExternalSorter},
 * {@link io.ignis.shuffle.spill.ExternalAggregator}) and its memory given back; the runs are merged
 * when read, holding one frame (about 128 KB of records) per run. So:
 * <ul>
 *   <li>a map task buffers up to the cap, then spills grouped by partition; its blocks are made
 *       from the merged runs in encoded form (compressed bytes, several times smaller than the
 *       records), so what it returns is its output compressed, not its output as objects;</li>
 *   <li>a reduce task fetches a few blocks at a time ({@code read}) and streams them into the
 *       combining or sorting buffers, which spill the same way; it returns a stream
 *       ({@link Merged}) that deletes its files when closed;</li>
 *   <li>the slack: merge buffers are taken from the lease when it grants them and used anyway when
 *       it does not (at most the cap again), one map task's returned blocks are admitted to the
 *       store together, and a map task whose data never passed its cap returns its blocks as lists.</li>
 * </ul>
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
     * The most a shuffle task's sort or aggregation buffers hold: half its lease's share of the
     * node's budget, the other half left for the objects it reads and returns (see the class doc).
     */
    static long bufferCap(WorkMemory lease) {
        return Math.max(1, lease.limit() / 2);
    }

    /**
     * A map task's work, for callers that make the pairs in the same task (a fused chain): the
     * pairs split into one {@link ShuffleBlock} per reduce partition, combined per key if the spec
     * says so. Each block keeps its pairs in the order they came (combined: one pair per key). If
     * the buffered pairs outgrow the task's memory they spill to disk (grouped by partition) and
     * the blocks are made from the merged runs, encoded.
     */
    public static <K, V, C> List<Object> split(Iterator<? extends Tuple2<K, V>> records, Spec<K, V, C> spec)
            throws Exception {
        IgnisRuntime runtime = Ignis.current();
        Partitioner<K> partitioner = spec.partitioner();
        int reducers = partitioner.numPartitions();
        RecordCodec codec = RecordCodec.of(runtime);
        List<Object> out = new ArrayList<>(reducers);
        try (WorkMemory lease = runtime.workMemory("shuffle map")) {
            if (spec.mapSideCombine()) {
                try (ExternalAggregator<K, V, C> combined = new ExternalAggregator<>(lease, bufferCap(lease), codec, reducers,
                        spec.aggregator(), "shuffle-map-combine")) {
                    while (records.hasNext()) {
                        Tuple2<K, V> pair = records.next();
                        combined.insertValue(partitioner.partition(pair._1()), pair._1(), pair._2());
                    }
                    boolean spilled = combined.spills() > 0;
                    for (int r = 0; r < reducers; r++) {
                        Iterator<Tuple2<K, C>> pairs = combined.partition(r);
                        if (spilled) {
                            out.add(ShuffleBlock.encode(pairs, codec, combined.recordsPerFrame()));
                        } else {
                            List<Tuple2<K, C>> block = new ArrayList<>();
                            pairs.forEachRemaining(block::add);
                            out.add(ShuffleBlock.of(block));
                        }
                    }
                }
                return out;
            }
            try (ExternalSorter<Tuple2<K, V>> buckets = new ExternalSorter<>(lease, bufferCap(lease), codec, reducers, null,
                    "shuffle-map")) {
                while (records.hasNext()) {
                    Tuple2<K, V> pair = records.next();
                    buckets.insert(partitioner.partition(pair._1()), pair);
                }
                for (int r = 0; r < reducers; r++) {
                    List<Tuple2<K, V>> inMemory = buckets.takeInMemory(r);
                    out.add(inMemory != null ? ShuffleBlock.of(inMemory)
                            : ShuffleBlock.encode(buckets.partition(r), codec, buckets.recordsPerFrame()));
                }
            }
            return out;
        }
    }

    /** A reduce task's work: its blocks from every map task, combined and sorted as asked, as one list. */
    static <K, V, C> List<Tuple2<K, C>> reduce(List<ObjectRef<Object>> parts, Spec<K, V, C> spec) throws Exception {
        List<Tuple2<K, C>> out = new ArrayList<>();
        try (Merged<K, C> merged = read(parts, spec)) {
            merged.forEachRemaining(out::add);
        }
        return out;
    }

    /** Blocks fetched together by {@link #read}: fetches overlap, and only this many are held at once. */
    private static final int FETCH_WINDOW = 8;

    /**
     * The reduce side over block refs (one per map task, in map order), fetching a few blocks at a
     * time as the merge reaches them: see {@link #merge}.
     */
    public static <K, V, C> Merged<K, C> read(List<? extends ObjectRef<?>> blocks, Spec<K, V, C> spec) throws Exception {
        @SuppressWarnings("unchecked")
        List<ObjectRef<Object>> refs = (List<ObjectRef<Object>>) (List<?>) blocks;
        return merge(() -> new Iterator<Object>() {
            private int next;
            private Iterator<Object> window = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                return window.hasNext() || next < refs.size();
            }

            @Override
            public Object next() {
                if (!window.hasNext()) {
                    int end = Math.min(refs.size(), next + FETCH_WINDOW);
                    window = PushMerge.blocks(Ignis.get(refs.subList(next, end))).iterator();
                    next = end;
                }
                return window.next();
            }
        }, spec);
    }

    /**
     * The reduce side over blocks ({@link ShuffleBlock}s or lists of pairs, one per map task, in map
     * order), for callers that read a partition inside a larger task: concatenated (streamed, block
     * by block), or combined per key, then sorted if the spec has a key ordering. Combining and
     * sorting buffer within the task's memory lease and spill past it, so a partition of any size
     * streams through. Close the result (or read it to its end) to delete its spill files and give
     * back its memory.
     */
    @SuppressWarnings("unchecked")
    public static <K, V, C> Merged<K, C> merge(Iterable<?> blocks, Spec<K, V, C> spec) throws Exception {
        Aggregator<V, C> aggregator = spec.aggregator();
        Comparator<? super K> ordering = spec.keyOrdering();
        if (aggregator == null && ordering == null) {
            return new Merged<>(new Concatenated<>((Iterator<Object>) blocks.iterator()), null, null, null);
        }
        IgnisRuntime runtime = Ignis.current();
        RecordCodec codec = RecordCodec.of(runtime);
        WorkMemory lease = runtime.workMemory("shuffle reduce");
        ExternalAggregator<K, Object, C> combined = null;
        ExternalSorter<Tuple2<K, C>> sorter = null;
        try {
            Iterator<Tuple2<K, C>> pairs;
            // Combining and sorting both (a combined, sorted shuffle) share the cap: the combiner is
            // read to its end, and done, as the sorter fills.
            long cap = aggregator != null && ordering != null ? bufferCap(lease) / 2 : bufferCap(lease);
            if (aggregator != null) {
                // After a map-side combine the blocks hold combiners, which merge with mergeCombiners.
                Aggregator<Object, C> byValue = (Aggregator<Object, C>) aggregator;
                combined = new ExternalAggregator<>(lease, cap, codec, 1, byValue, "shuffle-reduce-combine");
                for (Object block : blocks) {
                    for (Tuple2<K, Object> pair : (Iterable<Tuple2<K, Object>>) block) {
                        if (spec.mapSideCombine()) {
                            combined.insertCombiner(0, pair._1(), (C) pair._2());
                        } else {
                            combined.insertValue(0, pair._1(), pair._2());
                        }
                    }
                }
                pairs = combined.combined();
            } else {
                pairs = new Concatenated<>((Iterator<Object>) blocks.iterator());
            }
            if (ordering != null) {
                sorter = new ExternalSorter<>(lease, cap, codec, 1,
                        (a, b) -> ordering.compare(a._1(), b._1()), "shuffle-reduce-sort");
                sorter.insertAll(pairs);
                pairs = sorter.sorted();
            }
            return new Merged<>(pairs, combined, sorter, lease);
        } catch (Throwable failure) {
            if (sorter != null) {
                sorter.close();
            }
            if (combined != null) {
                combined.close();
            }
            lease.close();
            throw failure;
        }
    }

    /**
     * The reduce side's combining and sorting over pairs already in their partition (no shuffle:
     * the data is placed by the spec's partitioner already), spilling as {@link #merge} does.
     */
    public static <K, V, C> Merged<K, C> local(Iterator<? extends Tuple2<K, V>> pairs, Spec<K, V, C> spec) throws Exception {
        Iterable<Tuple2<K, V>> block = () -> (Iterator<Tuple2<K, V>>) pairs;
        return merge(List.of(block), spec);
    }

    /** Every pair of the blocks, block after block; a block is let go once read. */
    private static final class Concatenated<T> implements Iterator<T> {
        private final Iterator<Object> blocks;
        private Iterator<T> current = java.util.Collections.emptyIterator();

        Concatenated(Iterator<Object> blocks) {
            this.blocks = blocks;
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!blocks.hasNext()) {
                    return false;
                }
                current = ((Iterable<T>) blocks.next()).iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }
    }

    /**
     * A reduce partition's pairs as a stream, with the spill files and memory behind it: closing it
     * (or reading it to its end) deletes the files and gives back the memory. Says how much spilled.
     */
    public static final class Merged<K, C> implements CloseableIterator<Tuple2<K, C>> {
        private final Iterator<Tuple2<K, C>> pairs;
        private final ExternalAggregator<K, ?, C> combined;
        private final ExternalSorter<Tuple2<K, C>> sorter;
        private final WorkMemory lease;
        private boolean closed;

        Merged(Iterator<Tuple2<K, C>> pairs, ExternalAggregator<K, ?, C> combined, ExternalSorter<Tuple2<K, C>> sorter,
               WorkMemory lease) {
            this.pairs = pairs;
            this.combined = combined;
            this.sorter = sorter;
            this.lease = lease;
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (pairs.hasNext()) {
                return true;
            }
            close();
            return false;
        }

        @Override
        public Tuple2<K, C> next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return pairs.next();
        }

        /** How many times the reduce side's buffers spilled to disk. */
        public int spills() {
            return (combined == null ? 0 : combined.spills()) + (sorter == null ? 0 : sorter.spills());
        }

        /** Bytes the reduce side wrote to spill files (compressed). */
        public long spilledBytes() {
            return (combined == null ? 0 : combined.spilledBytes()) + (sorter == null ? 0 : sorter.spilledBytes());
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (sorter != null) {
                    sorter.close();
                }
            } finally {
                try {
                    if (combined != null) {
                        combined.close();
                    }
                } finally {
                    if (lease != null) {
                        lease.close();
                    }
                }
            }
        }
    }
}

package io.ignis.shuffle.spill;

import io.ignis.api.WorkMemory;
import io.ignis.shuffle.Aggregator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import scala.Tuple2;

/**
 * One combiner per key and partition (an {@link Aggregator}'s combineByKey), for any number of
 * keys, as Spark's ExternalAppendOnlyMap does it. Combiners live in a hash map per partition while
 * the task's {@link WorkMemory} lease grants bytes for them (up to a cap, the size estimated by
 * sampling); when it does not, each map is written out sorted by key hash as a run
 * ({@link RunFile}) and emptied. Reading merges the runs by hash: the entries of equal hash from
 * every run are gathered and equal keys' combiners merged (oldest run first), so each key comes
 * out once. Without a spill a partition is read straight from its map, in the map's order.
 *
 * <p>Insert everything first, then read the partitions in increasing order. {@link #close}
 * deletes the run files and gives back the memory. One thread at a time.
 */
public final class ExternalAggregator<K, V, C> implements AutoCloseable {
    private final WorkMemory lease;
    private final BufferMemory memory;
    private final Aggregator<V, C> aggregator;
    private final Runs runs;
    private final SizeTracker tracker;
    private final HashMap<K, C>[] maps;
    private long updates;
    private int nextPartition;
    private boolean closed;

    /** An aggregator of {@code partitions} partitions holding at most {@code cap} bytes of {@code lease}. */
    @SuppressWarnings("unchecked")
    public ExternalAggregator(WorkMemory lease, long cap, RecordCodec codec, int partitions, Aggregator<V, C> aggregator,
                              String name) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive, got " + partitions);
        }
        this.lease = lease;
        this.memory = new BufferMemory(lease, cap);
        this.aggregator = Objects.requireNonNull(aggregator, "aggregator is null");
        this.runs = new Runs(lease, codec, name);
        this.tracker = new SizeTracker(lease);
        this.maps = new HashMap[partitions];
        for (int p = 0; p < partitions; p++) {
            maps[p] = new HashMap<>();
        }
    }

    /** Combines {@code value} into {@code key}'s combiner in {@code partition} (creating it for a new key). */
    public void insertValue(int partition, K key, V value) throws Exception {
        checkWriting();
        HashMap<K, C> map = maps[partition];
        C current = map.get(key);
        map.put(key, current == null && !map.containsKey(key)
                ? aggregator.createCombiner().apply(value) : aggregator.mergeValue().apply(current, value));
        updated();
    }

    /** Merges a combiner made elsewhere (another map task) into {@code key}'s in {@code partition}. */
    public void insertCombiner(int partition, K key, C combiner) throws Exception {
        checkWriting();
        HashMap<K, C> map = maps[partition];
        C current = map.get(key);
        map.put(key, current == null && !map.containsKey(key) ? combiner : aggregator.mergeCombiners().apply(current, combiner));
        updated();
    }

    private void checkWriting() {
        if (nextPartition > 0 || closed) {
            throw new IllegalStateException("the aggregator is being read or closed; insert everything first");
        }
    }

    private void updated() {
        updates++;
        tracker.updated(maps);
        if ((updates & 31) == 0 && !memory.covers(tracker.estimate())) {
            spill();
        }
    }

    private void spill() {
        long entries = 0;
        for (HashMap<K, C> map : maps) {
            entries += map.size();
        }
        int perFrame = RunFile.recordsPerFrame((double) tracker.estimate() / Math.max(1, entries));
        try (RunFile.Writer writer = runs.newWriter(perFrame)) {
            for (int p = 0; p < maps.length; p++) {
                for (Tuple2<K, C> entry : byHash(maps[p])) {
                    writer.add(p, entry);
                }
                maps[p] = new HashMap<>();
            }
            runs.addSpill(writer.finish());
        }
        updates = 0;
        tracker.reset();
        memory.releaseAll();
    }

    private static <K, C> List<Tuple2<K, C>> byHash(Map<K, C> map) {
        List<Tuple2<K, C>> entries = new ArrayList<>(map.size());
        map.forEach((k, c) -> entries.add(new Tuple2<>(k, c)));
        entries.sort((a, b) -> Integer.compare(hash(a._1()), hash(b._1())));
        return entries;
    }

    private static int hash(Object key) {
        return key == null ? 0 : key.hashCode();
    }

    /**
     * Partition {@code partition}'s keys with their combiners, each key once. Partitions are read
     * in increasing order; each iterator is read to its end or dropped before the next is asked for.
     */
    public Iterator<Tuple2<K, C>> partition(int partition) {
        if (closed) {
            throw new IllegalStateException("the aggregator is closed");
        }
        if (partition < nextPartition || partition >= maps.length) {
            throw new IllegalArgumentException("partition " + partition + " read out of order (next is " + nextPartition
                    + " of " + maps.length + ")");
        }
        if (nextPartition == 0 && !runs.isEmpty()) {
            if (updates > 0) {
                spill();
            }
            int fanIn = (int) Math.max(2, memory.cap() / (2 * RunFile.FRAME_HEAP_BYTES));
            runs.reduceTo(fanIn, maps.length, this::mergeAsObjects);
            memory.tryTake(Math.min(memory.cap(), runs.count() * 2 * RunFile.FRAME_HEAP_BYTES));
        }
        nextPartition = partition + 1;
        if (runs.isEmpty()) {
            HashMap<K, C> map = maps[partition];
            maps[partition] = null;
            Iterator<Map.Entry<K, C>> entries = map.entrySet().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Tuple2<K, C> next() {
                    Map.Entry<K, C> entry = entries.next();
                    return new Tuple2<>(entry.getKey(), entry.getValue());
                }
            };
        }
        return merge(runs.readers(), partition);
    }

    @SuppressWarnings("unchecked")
    private Iterator<Object> mergeAsObjects(List<RunFile.Reader> readers, int partition) {
        return (Iterator<Object>) (Iterator<?>) merge(readers, partition);
    }

    private Iterator<Tuple2<K, C>> merge(List<RunFile.Reader> readers, int partition) {
        for (RunFile.Reader reader : readers) {
            while (reader.hasNext() && reader.partition() < partition) {
                reader.next();
            }
        }
        return new MergeByHash(readers, partition);
    }

    /** A single partition's keys and combiners, as an iterator that closes the aggregator when read to its end or closed. */
    public CloseableIterator<Tuple2<K, C>> combined() {
        if (maps.length != 1) {
            throw new IllegalStateException("combined() reads an aggregator of one partition; this one has " + maps.length);
        }
        Iterator<Tuple2<K, C>> entries = partition(0);
        return CloseableIterator.closing(entries, this::close);
    }

    /** Records per frame the runs were written with. */
    public int recordsPerFrame() {
        return runs.recordsPerFrame();
    }

    public int spills() {
        return runs.spills();
    }

    /** Bytes written to spill files (compressed), merges of runs included. */
    public long spilledBytes() {
        return runs.spilledBytes();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            runs.close();
        } finally {
            for (int p = 0; p < maps.length; p++) {
                maps[p] = null;
            }
            memory.releaseAll();
        }
    }

    /**
     * Entries of one partition from hash-sorted runs: the smallest hash's entries are gathered
     * from every run holding it (oldest first) and combined key by key, then given out.
     */
    private final class MergeByHash implements Iterator<Tuple2<K, C>> {
        private final List<RunFile.Reader> readers;
        private final int partition;
        private final PriorityQueue<Integer> heads;
        private final List<Tuple2<K, C>> group = new ArrayList<>();
        private int given;

        MergeByHash(List<RunFile.Reader> readers, int partition) {
            this.readers = readers;
            this.partition = partition;
            this.heads = new PriorityQueue<>(Math.max(1, readers.size()), (a, b) -> {
                int c = Integer.compare(headHash(a), headHash(b));
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int i = 0; i < readers.size(); i++) {
                offer(i);
            }
        }

        @SuppressWarnings("unchecked")
        private int headHash(int i) {
            return hash(((Tuple2<K, C>) readers.get(i).peek())._1());
        }

        private void offer(int i) {
            RunFile.Reader reader = readers.get(i);
            if (reader.hasNext() && reader.partition() == partition) {
                heads.add(i);
            }
        }

        @Override
        public boolean hasNext() {
            if (given < group.size()) {
                return true;
            }
            group.clear();
            given = 0;
            if (heads.isEmpty()) {
                return false;
            }
            gather();
            return true;
        }

        /** Combines every run's entries of the smallest hash into {@link #group}. */
        @SuppressWarnings("unchecked")
        private void gather() {
            int smallest = headHash(heads.peek());
            List<Integer> holding = new ArrayList<>();
            while (!heads.isEmpty() && headHash(heads.peek()) == smallest) {
                holding.add(heads.poll()); // oldest first: the queue breaks ties by run
            }
            try {
                for (int i : holding) {
                    RunFile.Reader reader = readers.get(i);
                    while (reader.hasNext() && reader.partition() == partition
                            && hash(((Tuple2<K, C>) reader.peek())._1()) == smallest) {
                        add((Tuple2<K, C>) reader.next());
                    }
                    offer(i);
                }
            } catch (Exception e) {
                throw Unchecked.rethrow(e);
            }
        }

        private void add(Tuple2<K, C> entry) throws Exception {
            for (int g = 0; g < group.size(); g++) {
                Tuple2<K, C> held = group.get(g);
                if (Objects.equals(held._1(), entry._1())) {
                    group.set(g, new Tuple2<>(held._1(), aggregator.mergeCombiners().apply(held._2(), entry._2())));
                    return;
                }
            }
            group.add(entry);
        }

        @Override
        public Tuple2<K, C> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return group.get(given++);
        }
    }

    @Override
    public String toString() {
        return "ExternalAggregator(" + maps.length + " partitions, " + runs.count() + " runs, " + lease + ")";
    }
}

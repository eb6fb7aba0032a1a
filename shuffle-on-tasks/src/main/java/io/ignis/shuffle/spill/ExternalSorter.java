package io.ignis.shuffle.spill;

import io.ignis.api.WorkMemory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Records grouped by partition and, within a partition, sorted by an order (or kept in the order
 * inserted when there is none), for any amount of data. Records are buffered in memory while the
 * task's {@link WorkMemory} lease grants bytes for them (up to a cap), the size estimated by
 * sampling ({@link SizeTracker}); when it does not, the buffer is sorted and written to the
 * lease's spill folder as a run (Kryo-serialized, LZ4-compressed, checksummed frames,
 * {@link RunFile}), and its memory given back. Reading merges the runs, partition by partition:
 * a k-way merge by the order, or the runs one after another without one. Ties keep the order they
 * were inserted in, so the result is exactly what one stable in-memory sort would give.
 *
 * <p>Insert everything first, then read the partitions in increasing order ({@link #partition}).
 * {@link #close} deletes the run files and gives back the memory. One thread at a time.
 */
public final class ExternalSorter<T> implements AutoCloseable {
    private final WorkMemory lease;
    private final BufferMemory memory;
    private final Comparator<? super T> order;
    private final Runs runs;
    private final SizeTracker tracker;
    private final ArrayList<Object>[] buckets;
    private long buffered;
    private int nextPartition;
    private boolean closed;

    /**
     * A sorter of {@code partitions} partitions buffering at most {@code cap} bytes from
     * {@code lease}; {@code order} null keeps each partition's records in insertion order.
     * {@code name} starts its spill files' names.
     */
    @SuppressWarnings("unchecked")
    public ExternalSorter(WorkMemory lease, long cap, RecordCodec codec, int partitions, Comparator<? super T> order, String name) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive, got " + partitions);
        }
        this.lease = lease;
        this.memory = new BufferMemory(lease, cap);
        this.order = order;
        this.runs = new Runs(lease, codec, name);
        this.tracker = new SizeTracker(lease);
        this.buckets = new ArrayList[partitions];
        for (int p = 0; p < partitions; p++) {
            buckets[p] = new ArrayList<>();
        }
    }

    /** Adds {@code record} to {@code partition}, spilling the buffer first if the lease grants no more room. */
    public void insert(int partition, T record) {
        if (nextPartition > 0 || closed) {
            throw new IllegalStateException("the sorter is being read or closed; insert everything first");
        }
        buckets[partition].add(record);
        buffered++;
        tracker.updated(buckets);
        if ((buffered & 31) == 0 && !memory.covers(tracker.estimate())) {
            spill();
        }
    }

    /** Adds every record of {@code records} to partition 0. */
    public void insertAll(Iterator<? extends T> records) {
        while (records.hasNext()) {
            insert(0, records.next());
        }
    }

    private void spill() {
        int perFrame = RunFile.recordsPerFrame((double) tracker.estimate() / Math.max(1, buffered));
        try (RunFile.Writer writer = runs.newWriter(perFrame)) {
            for (int p = 0; p < buckets.length; p++) {
                for (Object record : sortedBucket(p)) {
                    writer.add(p, record);
                }
                buckets[p] = new ArrayList<>();
            }
            runs.addSpill(writer.finish());
        }
        buffered = 0;
        tracker.reset();
        memory.releaseAll();
    }

    @SuppressWarnings("unchecked")
    private List<Object> sortedBucket(int p) {
        ArrayList<Object> bucket = buckets[p];
        if (order != null) {
            bucket.sort((a, b) -> order.compare((T) a, (T) b));
        }
        return bucket;
    }

    /**
     * Partition {@code partition}'s records in order. Partitions are read in increasing order
     * (skipped ones are empty to later calls); each iterator is read to its end or dropped before
     * the next partition is asked for.
     */
    @SuppressWarnings("unchecked")
    public Iterator<T> partition(int partition) {
        startReading(partition);
        if (runs.isEmpty()) {
            return (Iterator<T>) takeBucket(partition).iterator();
        }
        return (Iterator<T>) merge(runs.readers(), partition);
    }

    /**
     * When nothing was spilled, partition {@code partition}'s records as the list they were
     * buffered in (sorted if there is an order; no copy), taken out of the sorter; null if the
     * sorter spilled (read it with {@link #partition} then). Partitions are taken in increasing order.
     */
    @SuppressWarnings("unchecked")
    public List<T> takeInMemory(int partition) {
        if (!runs.isEmpty()) {
            return null;
        }
        startReading(partition);
        return (List<T>) takeBucket(partition);
    }

    private void startReading(int partition) {
        if (closed) {
            throw new IllegalStateException("the sorter is closed");
        }
        if (partition < nextPartition || partition >= buckets.length) {
            throw new IllegalArgumentException("partition " + partition + " read out of order (next is " + nextPartition
                    + " of " + buckets.length + ")");
        }
        if (nextPartition == 0 && !runs.isEmpty()) {
            startMerge();
        }
        nextPartition = partition + 1;
    }

    private List<Object> takeBucket(int partition) {
        List<Object> records = sortedBucket(partition);
        buckets[partition] = null;
        return records;
    }

    /**
     * With runs on disk, the in-memory rest is spilled too and the runs merged down to as many as
     * the cap has room to read at once: reading then holds one frame per run and nothing else.
     */
    private void startMerge() {
        if (buffered > 0) {
            spill();
        }
        int fanIn = (int) Math.max(2, memory.cap() / (2 * RunFile.FRAME_HEAP_BYTES));
        runs.reduceTo(fanIn, buckets.length, this::merge);
        // Merge buffers: one frame (records and bytes) per run. If the lease refuses, merging goes on;
        // this is the slack the Shuffle class documents.
        memory.tryTake(Math.min(memory.cap(), runs.count() * 2 * RunFile.FRAME_HEAP_BYTES));
    }

    /** One partition's records of {@code readers}, in order (the readers are oldest first). */
    private Iterator<Object> merge(List<RunFile.Reader> readers, int partition) {
        for (RunFile.Reader reader : readers) {
            while (reader.hasNext() && reader.partition() < partition) {
                reader.next(); // a partition nobody asked for
            }
        }
        return order == null ? new Concatenation(readers, partition) : new MergeByOrder(readers, partition);
    }

    /** A single partition's records in order, as an iterator that closes the sorter when read to its end or closed. */
    public CloseableIterator<T> sorted() {
        if (buckets.length != 1) {
            throw new IllegalStateException("sorted() reads a sorter of one partition; this one has " + buckets.length);
        }
        Iterator<T> records = partition(0);
        return CloseableIterator.closing(records, this::close);
    }

    /** Records per frame the runs were written with (for encoding what is read from them the same way). */
    public int recordsPerFrame() {
        return runs.recordsPerFrame();
    }

    /** How many times the buffer was spilled. */
    public int spills() {
        return runs.spills();
    }

    /** Bytes written to spill files (compressed), merges of runs included. */
    public long spilledBytes() {
        return runs.spilledBytes();
    }

    /** Deletes every run file and gives the memory back; the sorter cannot be used after. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            runs.close();
        } finally {
            for (int p = 0; p < buckets.length; p++) {
                buckets[p] = null;
            }
            memory.releaseAll();
        }
    }

    /** The runs' records of one partition, run after run (no order: the order they were inserted in). */
    private static final class Concatenation implements Iterator<Object> {
        private final List<RunFile.Reader> readers;
        private final int partition;
        private int current;

        Concatenation(List<RunFile.Reader> readers, int partition) {
            this.readers = readers;
            this.partition = partition;
        }

        @Override
        public boolean hasNext() {
            while (current < readers.size()) {
                RunFile.Reader reader = readers.get(current);
                if (reader.hasNext() && reader.partition() == partition) {
                    return true;
                }
                current++;
            }
            return false;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return readers.get(current).next();
        }
    }

    /** A k-way merge of the runs' records of one partition; equal records come oldest run first. */
    private final class MergeByOrder implements Iterator<Object> {
        private final int partition;
        private final List<RunFile.Reader> readers;
        private final PriorityQueue<Integer> heads;

        @SuppressWarnings("unchecked")
        MergeByOrder(List<RunFile.Reader> readers, int partition) {
            this.partition = partition;
            this.readers = readers;
            this.heads = new PriorityQueue<>(Math.max(1, readers.size()), (a, b) -> {
                int c = order.compare((T) readers.get(a).peek(), (T) readers.get(b).peek());
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int i = 0; i < readers.size(); i++) {
                offer(i);
            }
        }

        private void offer(int i) {
            RunFile.Reader reader = readers.get(i);
            if (reader.hasNext() && reader.partition() == partition) {
                heads.add(i);
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Object next() {
            Integer i = heads.poll();
            if (i == null) {
                throw new NoSuchElementException();
            }
            Object record = readers.get(i).next();
            offer(i);
            return record;
        }
    }

    @Override
    public String toString() {
        return "ExternalSorter(" + buckets.length + " partitions, " + buffered + " records in memory, " + runs.count()
                + " runs, " + lease + ")";
    }
}

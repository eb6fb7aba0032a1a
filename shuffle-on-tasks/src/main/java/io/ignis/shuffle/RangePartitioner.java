package io.ignis.shuffle;

import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import scala.Tuple2;

/**
 * Partitions keys into ranges, so that partition i holds keys before those of partition i + 1
 * (after, if descending): what a sort needs. The range bounds come from a sample of the keys
 * ({@link #fromSample}), chosen as Spark's {@code RangePartitioner} chooses them: about 20 keys
 * per output partition are sampled, each sampled key weighted by how many keys it stands for, and
 * a bound is placed each time the cumulative weight passes another 1/n of the total.
 */
public final class RangePartitioner<K> implements Partitioner<K> {
    private static final long serialVersionUID = 1L;
    /** Up to this many bounds are scanned in order; more are binary-searched (as Spark does). */
    private static final int LINEAR_SCAN = 128;

    private final Object[] bounds;
    private final Comparator<? super K> ordering;
    private final boolean ascending;

    /** A partitioner with these upper bounds (sorted by {@code ordering}): {@code bounds.size() + 1} partitions. */
    public RangePartitioner(List<K> bounds, Comparator<? super K> ordering, boolean ascending) {
        if (!(ordering instanceof Serializable)) {
            throw new IllegalArgumentException("the key ordering must be Serializable: it travels with the map tasks");
        }
        this.bounds = bounds.toArray();
        this.ordering = ordering;
        this.ascending = ascending;
    }

    /**
     * Samples the keys of {@code inputs} (one task per input block) and chooses bounds for
     * {@code partitions} ranges. Blocks are lists of pairs keyed by {@code K}.
     */
    public static <K, V> RangePartitioner<K> fromSample(IgnisRuntime ignis, List<? extends ObjectRef<? extends List<Tuple2<K, V>>>> inputs,
                                                     int partitions, Comparator<? super K> ordering, boolean ascending) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive, got " + partitions);
        }
        if (partitions == 1 || inputs.isEmpty()) {
            return new RangePartitioner<>(List.of(), ordering, ascending);
        }
        double sampleSize = Math.min(20.0 * partitions, 1e6);
        int perInput = (int) Math.ceil(3.0 * sampleSize / inputs.size());
        List<ObjectRef<Sample<K>>> samples = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            int seed = i;
            @SuppressWarnings("unchecked")
            ObjectRef<List<Tuple2<K, V>>> input = (ObjectRef<List<Tuple2<K, V>>>) inputs.get(i);
            samples.add(ignis.task((List<Tuple2<K, V>> block) -> Sample.of(block, perInput, seed), input).remote());
        }
        List<Weighted<K>> candidates = new ArrayList<>();
        for (Sample<K> sample : ignis.get(samples)) {
            double weight = sample.keys().isEmpty() ? 0 : (double) sample.count() / sample.keys().size();
            for (K key : sample.keys()) {
                candidates.add(new Weighted<>(key, weight));
            }
        }
        return new RangePartitioner<>(determineBounds(candidates, partitions, ordering), ordering, ascending);
    }

    /** A block's key count and a uniform sample of at most {@code size} of its keys (reservoir sampling). */
    record Sample<K>(long count, List<K> keys) implements Serializable {
        static <K, V> Sample<K> of(List<Tuple2<K, V>> block, int size, int seed) {
            SplittableRandom random = new SplittableRandom(seed);
            List<K> reservoir = new ArrayList<>(Math.min(size, block.size()));
            long seen = 0;
            for (Tuple2<K, V> pair : block) {
                seen++;
                if (reservoir.size() < size) {
                    reservoir.add(pair._1());
                } else {
                    long at = random.nextLong(seen);
                    if (at < size) {
                        reservoir.set((int) at, pair._1());
                    }
                }
            }
            return new Sample<>(seen, reservoir);
        }
    }

    /** A sampled key and how many keys it stands for. */
    public record Weighted<K>(K key, double weight) {}

    /** Bounds at each 1/n of the total weight of the sorted candidates, never the same key twice. */
    public static <K> List<K> determineBounds(List<Weighted<K>> candidates, int partitions, Comparator<? super K> ordering) {
        List<Weighted<K>> sorted = new ArrayList<>(candidates);
        sorted.sort((a, b) -> ordering.compare(a.key(), b.key()));
        double total = 0;
        for (Weighted<K> c : sorted) {
            total += c.weight();
        }
        double step = total / partitions;
        double cumulative = 0;
        double target = step;
        List<K> bounds = new ArrayList<>();
        K previous = null;
        for (Weighted<K> c : sorted) {
            if (bounds.size() == partitions - 1) {
                break;
            }
            cumulative += c.weight();
            if (cumulative >= target) {
                if (previous == null || ordering.compare(c.key(), previous) > 0) {
                    bounds.add(c.key());
                    target += step;
                    previous = c.key();
                }
            }
        }
        return bounds;
    }

    @Override
    public int numPartitions() {
        return bounds.length + 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int partition(K key) {
        int partition;
        if (bounds.length <= LINEAR_SCAN) {
            partition = 0;
            while (partition < bounds.length && ordering.compare(key, (K) bounds[partition]) > 0) {
                partition++;
            }
        } else {
            partition = Arrays.binarySearch(bounds, key, (a, b) -> ordering.compare((K) a, (K) b));
            if (partition < 0) {
                partition = -partition - 1;
            }
        }
        return ascending ? partition : bounds.length - partition;
    }

    /** The upper bounds of the partitions but the last. */
    @SuppressWarnings("unchecked")
    public List<K> bounds() {
        return (List<K>) List.of(bounds);
    }
}

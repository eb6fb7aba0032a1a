package io.ignis.rdd.ops;

import io.ignis.api.function.IgnisFunc1;
import io.ignis.api.function.IgnisFunc2;
import io.ignis.rdd.Rdd;
import io.ignis.shuffle.Aggregator;
import io.ignis.shuffle.HashPartitioner;
import io.ignis.shuffle.Partitioner;
import io.ignis.shuffle.Shuffle;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import scala.Tuple2;

/**
 * The keyed transformations every by-key operation is made of, as Spark builds them: combineByKey
 * (a shuffle with an aggregator, skipped when the data is already placed by the same
 * partitioner), partitionBy, cogroup, sortByKey, and Spark's choice of a default partitioner.
 */
public final class PairOps {
    private PairOps() {}

    /**
     * Spark's default partitioner for an operation over {@code rdds}: the largest existing
     * partitioner if it has at least as many partitions as the widest input (or the default
     * parallelism when set), else a hash partitioner with that many partitions.
     */
    public static <K> Partitioner<K> defaultPartitioner(Integer configuredParallelism, List<? extends Rdd<?>> rdds) {
        Rdd<?> withPartitioner = null;
        int widest = 0;
        for (Rdd<?> rdd : rdds) {
            widest = Math.max(widest, rdd.partitionCount());
            Partitioner<?> partitioner = rdd.partitioner();
            if (partitioner != null && partitioner.numPartitions() > 0
                    && (withPartitioner == null || rdd.partitionCount() > withPartitioner.partitionCount())) {
                withPartitioner = rdd;
            }
        }
        int defaultCount = configuredParallelism != null ? configuredParallelism : widest;
        if (withPartitioner != null && (isEligible(withPartitioner, widest) || defaultCount <= withPartitioner.partitionCount())) {
            @SuppressWarnings("unchecked")
            Partitioner<K> existing = (Partitioner<K>) withPartitioner.partitioner();
            return existing;
        }
        return new HashPartitioner<>(Math.max(defaultCount, 1));
    }

    /** Spark's rule: an existing partitioner is reused if its count is within an order of magnitude of the widest. */
    private static boolean isEligible(Rdd<?> withPartitioner, int widest) {
        return Math.log10(widest) - Math.log10(withPartitioner.partitionCount()) < 1;
    }

    /**
     * Combines each key's values; no shuffle if {@code rdd} is already placed by {@code partitioner}.
     * Either way the combiners spill to disk past the task's memory.
     */
    public static <K, V, C> Rdd<Tuple2<K, C>> combineByKey(Rdd<Tuple2<K, V>> rdd, IgnisFunc1<V, C> createCombiner,
                                                           IgnisFunc2<C, V, C> mergeValue, IgnisFunc2<C, C, C> mergeCombiners,
                                                           Partitioner<K> partitioner, boolean mapSideCombine) {
        Aggregator<V, C> aggregator = new Aggregator<>(createCombiner, mergeValue, mergeCombiners);
        if (Objects.equals(rdd.partitioner(), partitioner)) {
            Shuffle.Spec<K, V, C> combine = new Shuffle.Spec<>(partitioner, aggregator, false, null);
            return new MapPartitionsRdd<>(rdd, (scope, index, items) ->
                    ShuffledRdd.closedWithTask(scope, Shuffle.local(items, combine)), true);
        }
        return new ShuffledRdd<>(rdd, new Shuffle.Spec<>(partitioner, aggregator, mapSideCombine, null));
    }

    /** Moves each pair to its key's partition under {@code partitioner} (no-op if already placed so). */
    public static <K, V> Rdd<Tuple2<K, V>> partitionBy(Rdd<Tuple2<K, V>> rdd, Partitioner<K> partitioner) {
        if (Objects.equals(rdd.partitioner(), partitioner)) {
            return rdd;
        }
        return new ShuffledRdd<K, V, V>(rdd, new Shuffle.Spec<>(partitioner, null, false, null));
    }

    /** Groups each key's values into a list (no map-side combine, as Spark's groupByKey). */
    public static <K, V> Rdd<Tuple2<K, List<V>>> groupByKey(Rdd<Tuple2<K, V>> rdd, Partitioner<K> partitioner) {
        return combineByKey(rdd, v -> {
            List<V> list = new GroupBuffer<>();
            list.add(v);
            return list;
        }, (list, v) -> {
            list.add(v);
            return list;
        }, (a, b) -> {
            a.addAll(b);
            return a;
        }, partitioner, false);
    }

    /** For each key, the values of each RDD (in the order of {@code rdds}). */
    public static <K> Rdd<Tuple2<K, List<List<Object>>>> cogroup(List<? extends Rdd<? extends Tuple2<K, ?>>> rdds,
                                                                 Partitioner<K> partitioner) {
        return new CoGroupedRdd<>(rdds, partitioner);
    }

    /**
     * A total sort by key: a range partitioner from a sample of the keys, then each partition
     * sorted. {@code ordering} must be Serializable.
     */
    public static <K, V> Rdd<Tuple2<K, V>> sortByKey(Rdd<Tuple2<K, V>> rdd, Comparator<? super K> ordering, boolean ascending,
                                                     int partitions) {
        Comparator<? super K> direction = ascending ? ordering : reversed(ordering);
        Partitioner<K> partitioner = RangeSampling.partitioner(rdd, partitions, ordering, ascending);
        return new ShuffledRdd<K, V, V>(rdd, new Shuffle.Spec<>(partitioner, null, false, direction));
    }

    /**
     * A range partitioner for {@code rdd}'s keys chosen from a sample (a job), about
     * {@code samplePointsPerRange} sampled keys per range, as Spark's RangePartitioner is built.
     */
    public static <K, V> io.ignis.shuffle.RangePartitioner<K> rangePartitioner(Rdd<? extends Tuple2<K, V>> rdd, int partitions,
                                                                             Comparator<? super K> ordering, boolean ascending,
                                                                             int samplePointsPerRange) {
        @SuppressWarnings("unchecked")
        Rdd<Tuple2<K, V>> pairs = (Rdd<Tuple2<K, V>>) rdd;
        return RangeSampling.partitioner(pairs, partitions, ordering, ascending, samplePointsPerRange);
    }

    /** A serializable reversal of a serializable comparator. */
    public static <T> Comparator<T> reversed(Comparator<? super T> ordering) {
        return (Comparator<T> & Serializable) (a, b) -> ordering.compare(b, a);
    }

    /** The natural order of comparable keys, serializable. */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> natural() {
        return (Comparator<T> & Serializable) (a, b) -> ((Comparable<Object>) a).compareTo(b);
    }
}

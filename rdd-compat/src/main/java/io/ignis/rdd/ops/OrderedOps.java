package io.ignis.rdd.ops;

import io.ignis.rdd.Rdd;
import io.ignis.shuffle.Partitioner;
import io.ignis.shuffle.RangePartitioner;
import io.ignis.shuffle.Shuffle;
import java.util.Comparator;
import java.util.Objects;
import scala.Tuple2;

/**
 * The operations on keys with an ordering (Spark's OrderedRDDFunctions) besides the total sort
 * ({@link PairOps#sortByKey}): sorting within the partitions of a partitioner, and keeping a range
 * of keys, which on range-partitioned data reads only the partitions the range can touch.
 */
public final class OrderedOps {
    private OrderedOps() {}

    /**
     * Placed by {@code partitioner} and sorted by key within each partition (equal keys keep their
     * order). Data already placed by it is sorted where it is, with no shuffle; either way the sort
     * spills to disk past the task's memory.
     */
    public static <K, V> Rdd<Tuple2<K, V>> repartitionAndSortWithinPartitions(Rdd<Tuple2<K, V>> rdd, Partitioner<K> partitioner,
                                                                               Comparator<? super K> ordering) {
        if (Objects.equals(rdd.partitioner(), partitioner)) {
            Shuffle.Spec<K, V, V> sort = new Shuffle.Spec<>(partitioner, null, false, ordering);
            return new MapPartitionsRdd<Tuple2<K, V>, Tuple2<K, V>>(rdd, (scope, index, items) ->
                    ShuffledRdd.closedWithTask(scope, Shuffle.local(items, sort)), true);
        }
        return new ShuffledRdd<K, V, V>(rdd, new Shuffle.Spec<>(partitioner, null, false, ordering));
    }

    /**
     * The pairs whose key is within {@code [lower, upper]} under {@code ordering}. When the data is
     * range partitioned only the partitions from the lower bound's to the upper bound's are read
     * (and the result, like Spark's, has no partitioner); otherwise every partition is filtered
     * and keeps its partitioner.
     */
    public static <K, V> Rdd<Tuple2<K, V>> filterByRange(Rdd<Tuple2<K, V>> rdd, Comparator<? super K> ordering, K lower, K upper) {
        Rdd<Tuple2<K, V>> candidates = rdd;
        if (rdd.partitioner() instanceof RangePartitioner<?> range) {
            @SuppressWarnings("unchecked")
            RangePartitioner<K> byRange = (RangePartitioner<K>) range;
            int first = byRange.partition(lower);
            int last = byRange.partition(upper);
            int from = Math.min(first, last);
            int[] kept = new int[Math.max(first, last) - from + 1];
            for (int i = 0; i < kept.length; i++) {
                kept[i] = from + i;
            }
            candidates = new PartitionPruningRdd<>(rdd, kept);
        }
        return new MapPartitionsRdd<Tuple2<K, V>, Tuple2<K, V>>(candidates, (scope, index, items) -> Functions.filter(items,
                pair -> ordering.compare(pair._1(), lower) >= 0 && ordering.compare(pair._1(), upper) <= 0), true);
    }
}

package io.ignis.rdd.ops;

import io.ignis.rdd.Rdd;
import io.ignis.shuffle.Partitioner;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import scala.Tuple2;

/**
 * intersection and subtract where the elements are pairs, as Spark's RDD does them for a keyed
 * RDD: the partitioner is chosen from the re-keyed inputs (which have none), and a subtract under
 * the RDD's own partitioner places each pair by its key, not by the whole pair.
 */
public final class PairSetOps {
    private PairSetOps() {}

    /**
     * The elements in both (each once): each input keyed by its elements, cogrouped under the
     * partitioner {@code defaultPartitioner} picks for those keyed inputs.
     */
    public static <T> Rdd<T> intersection(Rdd<T> left, Rdd<T> right, Function<List<Rdd<?>>, Partitioner<T>> defaultPartitioner) {
        Rdd<Tuple2<T, Object>> keyedLeft = keyed(left);
        Rdd<Tuple2<T, Object>> keyedRight = keyed(right);
        Rdd<Tuple2<T, List<List<Object>>>> grouped = PairOps.cogroup(List.of(keyedLeft, keyedRight),
                defaultPartitioner.apply(List.of(keyedLeft, keyedRight)));
        return new MapPartitionsRdd<Tuple2<T, List<List<Object>>>, T>(grouped, (scope, index, items) -> Functions.map(
                Functions.filter(items, group -> !group._2().get(0).isEmpty() && !group._2().get(1).isEmpty()), Tuple2::_1), false);
    }

    /**
     * The pairs of {@code left} (with repeats) that are not in {@code right}, in
     * {@code partitioner}'s partitions. When that is {@code left}'s own partitioner, pairs are
     * placed by their key through it (the partitioner knows keys, not pairs); the result has no
     * partitioner either way, as in Spark.
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Rdd<Tuple2<K, V>> subtract(Rdd<Tuple2<K, V>> left, Rdd<Tuple2<K, V>> right, Partitioner<?> partitioner) {
        Partitioner<Tuple2<K, V>> placement = Objects.equals(left.partitioner(), partitioner)
                ? new ByKey<>((Partitioner<K>) partitioner)
                : (Partitioner<Tuple2<K, V>>) partitioner;
        return SetOps.subtract(left, right, placement);
    }

    /** Places a pair where {@code byKey} places its key. */
    record ByKey<K, V>(Partitioner<K> byKey) implements Partitioner<Tuple2<K, V>> {
        @Override
        public int numPartitions() {
            return byKey.numPartitions();
        }

        @Override
        public int partition(Tuple2<K, V> pair) {
            return byKey.partition(pair._1());
        }
    }

    private static <T> Rdd<Tuple2<T, Object>> keyed(Rdd<T> rdd) {
        return new MapPartitionsRdd<T, Tuple2<T, Object>>(rdd, (scope, index, items) -> Functions.map(items, t -> new Tuple2<>(t, null)),
                false);
    }
}

package io.ignis.rdd.ops;

import io.ignis.rdd.Rdd;
import io.ignis.shuffle.HashPartitioner;
import io.ignis.shuffle.Partitioner;
import io.ignis.shuffle.Shuffle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import scala.Tuple2;

/** distinct, intersection, subtract and repartition, built from keyed shuffles as Spark builds them. */
public final class SetOps {
    private SetOps() {}

    private static <T> Rdd<Tuple2<T, Object>> keyed(Rdd<T> rdd) {
        return new MapPartitionsRdd<T, Tuple2<T, Object>>(rdd, (scope, index, items) -> Functions.map(items, t -> new Tuple2<>(t, null)),
                false);
    }

    private static <T, V> Rdd<T> keys(Rdd<Tuple2<T, V>> rdd) {
        return new MapPartitionsRdd<Tuple2<T, V>, T>(rdd, (scope, index, items) -> Functions.map(items, Tuple2::_1), false);
    }

    /**
     * Each element once: deduplicated within partitions when the data is already partitioned into
     * that many partitions, else through a shuffle keyed by the element.
     */
    public static <T> Rdd<T> distinct(Rdd<T> rdd, int partitions) {
        if (rdd.partitioner() != null && partitions == rdd.partitionCount()) {
            return new MapPartitionsRdd<T, T>(rdd, (scope, index, items) -> {
                Set<T> seen = new LinkedHashSet<>();
                items.forEachRemaining(seen::add);
                return seen.iterator();
            }, true);
        }
        Rdd<Tuple2<T, Object>> reduced = PairOps.combineByKey(keyed(rdd), v -> v, (a, b) -> a, (a, b) -> a,
                new HashPartitioner<>(partitions), true);
        return keys(reduced);
    }

    /** The elements in both (each once), through a cogroup. */
    public static <T> Rdd<T> intersection(Rdd<T> left, Rdd<T> right, Partitioner<T> partitioner) {
        Rdd<Tuple2<T, List<List<Object>>>> grouped = PairOps.cogroup(List.of(keyed(left), keyed(right)), partitioner);
        Rdd<Tuple2<T, List<List<Object>>>> both = new MapPartitionsRdd<>(grouped,
                (scope, index, items) -> Functions.filter(items, pair -> !pair._2().get(0).isEmpty() && !pair._2().get(1).isEmpty()), true);
        return keys(both);
    }

    /** The elements of {@code left} (with repeats) that are not in {@code right}. */
    public static <T> Rdd<T> subtract(Rdd<T> left, Rdd<T> right, Partitioner<T> partitioner) {
        Rdd<Tuple2<T, List<List<Object>>>> grouped = PairOps.cogroup(List.of(keyed(left), keyed(right)), partitioner);
        return new MapPartitionsRdd<Tuple2<T, List<List<Object>>>, T>(grouped, (scope, index, items) -> {
            List<T> out = new ArrayList<>();
            while (items.hasNext()) {
                Tuple2<T, List<List<Object>>> pair = items.next();
                if (pair._2().get(1).isEmpty()) {
                    for (int i = 0; i < pair._2().get(0).size(); i++) {
                        out.add(pair._1());
                    }
                }
            }
            return out.iterator();
        }, false);
    }

    /**
     * {@code partitions} partitions through a shuffle, elements dealt round robin from a start
     * position each input partition draws from a generator seeded with its index (Spark's scheme).
     */
    public static <T> Rdd<T> repartition(Rdd<T> rdd, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("Number of partitions (" + partitions + ") must be positive.");
        }
        Rdd<Tuple2<Integer, T>> dealt = new MapPartitionsRdd<T, Tuple2<Integer, T>>(rdd, (scope, index, items) -> {
            int[] position = {new io.ignis.rdd.random.XORShiftRandom(index).nextInt(partitions)};
            return Functions.map(items, t -> new Tuple2<>(++position[0], t));
        }, false);
        Rdd<Tuple2<Integer, T>> shuffled = new ShuffledRdd<Integer, T, T>(dealt,
                new Shuffle.Spec<>(new HashPartitioner<>(partitions), null, false, null));
        return new MapPartitionsRdd<Tuple2<Integer, T>, T>(shuffled, (scope, index, items) -> Functions.map(items, Tuple2::_2), false);
    }
}

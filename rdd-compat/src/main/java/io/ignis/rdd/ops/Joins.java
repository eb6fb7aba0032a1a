package io.ignis.rdd.ops;

import io.ignis.api.function.IgnisFunc2;
import io.ignis.rdd.Rdd;
import io.ignis.shuffle.Partitioner;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.Optional;
import scala.Tuple2;
import scala.Tuple3;
import scala.Tuple4;

/**
 * cogroup and what Spark builds on it: the inner and outer joins, subtractByKey, and the grouped
 * views the Java API returns. Each is one {@link CoGroupedRdd} (inputs already placed by the
 * partitioner are read in place, the others shuffled) followed, in the same task, by a step that
 * keeps the partitioner. Outer joins mark a missing side with Spark's Java {@link Optional}, and a
 * present side with {@code Optional.of}, which, as in Spark, fails on a null value.
 */
public final class Joins {
    private Joins() {}

    /** Each key with its values in {@code left} and in {@code right}. */
    public static <K, V, W> Rdd<Tuple2<K, Tuple2<Iterable<V>, Iterable<W>>>> cogroup(Rdd<Tuple2<K, V>> left, Rdd<Tuple2<K, W>> right,
                                                                                    Partitioner<K> partitioner) {
        return eachGroup(PairOps.cogroup(List.of(left, right), partitioner),
                groups -> new Tuple2<>(Joins.<V>side(groups, 0), Joins.<W>side(groups, 1)));
    }

    /** Each key with its values in each of three RDDs. */
    public static <K, V, W1, W2> Rdd<Tuple2<K, Tuple3<Iterable<V>, Iterable<W1>, Iterable<W2>>>> cogroup(
            Rdd<Tuple2<K, V>> first, Rdd<Tuple2<K, W1>> second, Rdd<Tuple2<K, W2>> third, Partitioner<K> partitioner) {
        return eachGroup(PairOps.cogroup(List.of(first, second, third), partitioner),
                groups -> new Tuple3<>(Joins.<V>side(groups, 0), Joins.<W1>side(groups, 1), Joins.<W2>side(groups, 2)));
    }

    /** Each key with its values in each of four RDDs. */
    public static <K, V, W1, W2, W3> Rdd<Tuple2<K, Tuple4<Iterable<V>, Iterable<W1>, Iterable<W2>, Iterable<W3>>>> cogroup(
            Rdd<Tuple2<K, V>> first, Rdd<Tuple2<K, W1>> second, Rdd<Tuple2<K, W2>> third, Rdd<Tuple2<K, W3>> fourth,
            Partitioner<K> partitioner) {
        return eachGroup(PairOps.cogroup(List.of(first, second, third, fourth), partitioner),
                groups -> new Tuple4<>(Joins.<V>side(groups, 0), Joins.<W1>side(groups, 1), Joins.<W2>side(groups, 2),
                        Joins.<W3>side(groups, 3)));
    }

    /** Every pair of a left and a right value of each key both sides have. */
    public static <K, V, W> Rdd<Tuple2<K, Tuple2<V, W>>> join(Rdd<Tuple2<K, V>> left, Rdd<Tuple2<K, W>> right, Partitioner<K> partitioner) {
        return flatMapGroups(left, right, partitioner, (vs, ws) -> product(vs, ws, Tuple2::new));
    }

    /** The join, plus each left value whose key the right lacks, with an empty right side. */
    public static <K, V, W> Rdd<Tuple2<K, Tuple2<V, Optional<W>>>> leftOuterJoin(Rdd<Tuple2<K, V>> left, Rdd<Tuple2<K, W>> right,
                                                                              Partitioner<K> partitioner) {
        return flatMapGroups(left, right, partitioner, (vs, ws) -> ws.isEmpty()
                ? Functions.map(vs.iterator(), v -> new Tuple2<>(v, Optional.<W>empty()))
                : product(vs, ws, (v, w) -> new Tuple2<>(v, Optional.of(w))));
    }

    /** The join, plus each right value whose key the left lacks, with an empty left side. */
    public static <K, V, W> Rdd<Tuple2<K, Tuple2<Optional<V>, W>>> rightOuterJoin(Rdd<Tuple2<K, V>> left, Rdd<Tuple2<K, W>> right,
                                                                               Partitioner<K> partitioner) {
        return flatMapGroups(left, right, partitioner, (vs, ws) -> vs.isEmpty()
                ? Functions.map(ws.iterator(), w -> new Tuple2<>(Optional.<V>empty(), w))
                : product(vs, ws, (v, w) -> new Tuple2<>(Optional.of(v), w)));
    }

    /** The join, plus the values of keys only one side has, the other side empty. */
    public static <K, V, W> Rdd<Tuple2<K, Tuple2<Optional<V>, Optional<W>>>> fullOuterJoin(Rdd<Tuple2<K, V>> left,
                                                                                        Rdd<Tuple2<K, W>> right,
                                                                                        Partitioner<K> partitioner) {
        return flatMapGroups(left, right, partitioner, (vs, ws) -> {
            if (ws.isEmpty()) {
                return Functions.map(vs.iterator(), v -> new Tuple2<>(Optional.of(v), Optional.<W>empty()));
            }
            if (vs.isEmpty()) {
                return Functions.map(ws.iterator(), w -> new Tuple2<>(Optional.<V>empty(), Optional.of(w)));
            }
            return product(vs, ws, (v, w) -> new Tuple2<>(Optional.of(v), Optional.of(w)));
        });
    }

    /** The pairs of {@code left} whose key {@code right} lacks, placed by {@code partitioner} (Spark's SubtractedRDD). */
    public static <K, V, W> Rdd<Tuple2<K, V>> subtractByKey(Rdd<Tuple2<K, V>> left, Rdd<Tuple2<K, W>> right, Partitioner<K> partitioner) {
        return flatMapGroups(left, right, partitioner, (vs, ws) -> ws.isEmpty() ? vs.iterator() : Collections.emptyIterator());
    }

    /** What one key's two value lists become (the key is put back in front of each). */
    @FunctionalInterface
    private interface GroupExpansion<V, W, R> extends java.io.Serializable {
        Iterator<R> apply(List<V> vs, List<W> ws) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <K, V, W, R> Rdd<Tuple2<K, R>> flatMapGroups(Rdd<Tuple2<K, V>> left, Rdd<Tuple2<K, W>> right, Partitioner<K> partitioner,
                                                               GroupExpansion<V, W, R> expansion) {
        Rdd<Tuple2<K, List<List<Object>>>> grouped = PairOps.cogroup(List.of(left, right), partitioner);
        return new MapPartitionsRdd<Tuple2<K, List<List<Object>>>, Tuple2<K, R>>(grouped, (scope, index, items) ->
                Functions.flatMap(items, group -> {
                    K key = group._1();
                    Iterator<R> values = expansion.apply((List<V>) group._2().get(0), (List<W>) group._2().get(1));
                    return Functions.map(values, value -> new Tuple2<>(key, value));
                }), true);
    }

    private static <K, R> Rdd<Tuple2<K, R>> eachGroup(Rdd<Tuple2<K, List<List<Object>>>> grouped,
                                                     io.ignis.api.function.IgnisFunc1<List<List<Object>>, R> view) {
        return new MapPartitionsRdd<Tuple2<K, List<List<Object>>>, Tuple2<K, R>>(grouped,
                (scope, index, items) -> Functions.map(items, group -> new Tuple2<>(group._1(), view.apply(group._2()))), true);
    }

    @SuppressWarnings("unchecked")
    private static <T> Iterable<T> side(List<List<Object>> groups, int index) {
        return (Iterable<T>) groups.get(index);
    }

    /** Every (v, w) of the two lists, v-major, made lazily (a key with many values on both sides stays small). */
    private static <V, W, R> Iterator<R> product(List<V> vs, List<W> ws, IgnisFunc2<V, W, R> make) {
        return new Iterator<>() {
            private int left;
            private int right;

            @Override
            public boolean hasNext() {
                return left < vs.size() && !ws.isEmpty();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                R result = Actions.apply(make, vs.get(left), ws.get(right));
                if (++right == ws.size()) {
                    right = 0;
                    left++;
                }
                return result;
            }
        };
    }
}

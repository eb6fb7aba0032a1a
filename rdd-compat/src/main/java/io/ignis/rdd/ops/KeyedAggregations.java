package io.ignis.rdd.ops;

import io.ignis.api.Ignis;
import io.ignis.api.exception.SerializationException;
import io.ignis.api.function.IgnisFunc2;
import io.ignis.rdd.Rdd;
import io.ignis.shuffle.Partitioner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import scala.Tuple2;

/**
 * The by-key aggregations Spark builds on combineByKey or on a plain job: aggregateByKey and
 * foldByKey (with a fresh copy of the zero value for every key), reduceByKeyLocally, exact
 * distinct counts per key, the counts per key, and lookup.
 */
public final class KeyedAggregations {
    private KeyedAggregations() {}

    /**
     * Each key's values folded into its own copy of {@code zero} with {@code seqOp} in each map
     * task, the per-task results merged with {@code combOp}. The zero value is serialized once here
     * and read back for every key, as Spark does, so a mutable zero is never shared between keys.
     */
    public static <K, V, U> Rdd<Tuple2<K, U>> aggregateByKey(Rdd<Tuple2<K, V>> rdd, U zero, Partitioner<K> partitioner,
                                                             IgnisFunc2<U, V, U> seqOp, IgnisFunc2<U, U, U> combOp) {
        byte[] zeroBytes = serializeZero(rdd, zero);
        return PairOps.combineByKey(rdd, v -> seqOp.apply(KeyedAggregations.<U>copyOfZero(zeroBytes), v), seqOp, combOp, partitioner, true);
    }

    /** aggregateByKey with one function for both steps (Spark's foldByKey). */
    public static <K, V> Rdd<Tuple2<K, V>> foldByKey(Rdd<Tuple2<K, V>> rdd, V zero, Partitioner<K> partitioner, IgnisFunc2<V, V, V> func) {
        return aggregateByKey(rdd, zero, partitioner, func, func);
    }

    private static byte[] serializeZero(Rdd<?> rdd, Object zero) {
        try {
            return rdd.context().runtime().serialize(zero, "the zero value");
        } catch (SerializationException e) {
            // Spark serializes the zero value with its Java serializer on the spot and lets the
            // NotSerializableException out, naming the class.
            java.io.NotSerializableException notSerializable = new java.io.NotSerializableException(
                    e.culprit() != null ? e.culprit() : String.valueOf(zero == null ? null : zero.getClass().getName()));
            notSerializable.initCause(e);
            throw Sneaky.rethrow(notSerializable);
        }
    }

    /** A new copy of the zero value, read with the runtime of the task this runs in. */
    @SuppressWarnings("unchecked")
    private static <U> U copyOfZero(byte[] zeroBytes) {
        return (U) Ignis.current().deserialize(zeroBytes);
    }

    /**
     * Each key's values reduced with {@code func}, on the driver: one map per partition, merged in
     * partition order. As in Spark, a null value so far counts as none (the next value replaces it),
     * and an RDD without partitions has no result ("empty collection").
     */
    public static <K, V> Map<K, V> reduceByKeyLocally(Rdd<Tuple2<K, V>> rdd, IgnisFunc2<V, V, V> func) {
        Rdd<HashMap<K, V>> perPartition = new MapPartitionsRdd<Tuple2<K, V>, HashMap<K, V>>(rdd, (scope, index, items) -> {
            HashMap<K, V> reduced = new HashMap<>();
            while (items.hasNext()) {
                Tuple2<K, V> pair = items.next();
                merge(reduced, pair._1(), pair._2(), func);
            }
            return List.of(reduced).iterator();
        }, false);
        return Actions.reduce(perPartition, (into, from) -> {
            for (Map.Entry<K, V> entry : from.entrySet()) {
                merge(into, entry.getKey(), entry.getValue(), func);
            }
            return into;
        });
    }

    private static <K, V> void merge(Map<K, V> into, K key, V value, IgnisFunc2<V, V, V> func) throws Exception {
        V old = into.get(key);
        into.put(key, old == null ? value : func.apply(old, value));
    }

    /** How many pairs each key has: ones summed per key (with a map-side combine), collected. */
    public static <K, V> Map<K, Long> countByKey(Rdd<Tuple2<K, V>> rdd, Partitioner<K> partitioner) {
        Rdd<Tuple2<K, Long>> ones = new MapPartitionsRdd<Tuple2<K, V>, Tuple2<K, Long>>(rdd,
                (scope, index, items) -> Functions.map(items, pair -> new Tuple2<>(pair._1(), 1L)), true);
        Map<K, Long> counts = new HashMap<>();
        for (Tuple2<K, Long> pair : Actions.collect(PairOps.combineByKey(ones, v -> v, Long::sum, Long::sum, partitioner, true))) {
            counts.put(pair._1(), pair._2());
        }
        return counts;
    }

    /** The number of distinct values of each key, counted exactly (a set per key, merged across tasks). */
    public static <K, V> Rdd<Tuple2<K, Long>> countDistinctByKey(Rdd<Tuple2<K, V>> rdd, Partitioner<K> partitioner) {
        Rdd<Tuple2<K, Set<V>>> sets = PairOps.combineByKey(rdd, v -> {
            Set<V> set = new HashSet<>();
            set.add(v);
            return set;
        }, (set, v) -> {
            set.add(v);
            return set;
        }, (a, b) -> {
            a.addAll(b);
            return a;
        }, partitioner, true);
        return new MapPartitionsRdd<Tuple2<K, Set<V>>, Tuple2<K, Long>>(sets,
                (scope, index, items) -> Functions.map(items, pair -> new Tuple2<>(pair._1(), (long) pair._2().size())), true);
    }

    /**
     * The values of {@code key}: when the RDD's partitioner is known, a job on the one partition
     * that can hold the key; otherwise a scan of every partition.
     */
    public static <K, V> List<V> lookup(Rdd<Tuple2<K, V>> rdd, K key) {
        Partitioner<K> partitioner = placement(rdd);
        Rdd<V> matching = new MapPartitionsRdd<Tuple2<K, V>, V>(rdd, (scope, index, items) ->
                Functions.map(Functions.filter(items, pair -> Objects.equals(pair._1(), key)), Tuple2::_2), false);
        if (partitioner == null) {
            return Actions.collect(matching);
        }
        return new ArrayList<>(Actions.collectPartitions(matching, new int[] {partitioner.partition(key)}).get(0));
    }

    @SuppressWarnings("unchecked")
    private static <K> Partitioner<K> placement(Rdd<? extends Tuple2<K, ?>> rdd) {
        return (Partitioner<K>) rdd.partitioner();
    }
}

package io.ignis.rdd.ops;

import io.ignis.api.function.IgnisFunc1;
import io.ignis.rdd.Rdd;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import scala.Tuple2;

/**
 * The keys and values of a pair RDD taken apart or changed value by value. Changing values keeps
 * the partitioner (the keys do not move); taking keys or values out drops it, as in Spark.
 */
public final class KeyValues {
    private KeyValues() {}

    public static <K, V, U> Rdd<Tuple2<K, U>> mapValues(Rdd<Tuple2<K, V>> rdd, IgnisFunc1<? super V, ? extends U> f) {
        return new MapPartitionsRdd<Tuple2<K, V>, Tuple2<K, U>>(rdd,
                (scope, index, items) -> Functions.map(items, pair -> new Tuple2<>(pair._1(), f.apply(pair._2()))), true);
    }

    /** Each value replaced by the values {@code f} gives for it, each paired with the key. */
    public static <K, V, U> Rdd<Tuple2<K, U>> flatMapValues(Rdd<Tuple2<K, V>> rdd, IgnisFunc1<? super V, ? extends Iterator<? extends U>> f) {
        return new MapPartitionsRdd<Tuple2<K, V>, Tuple2<K, U>>(rdd, (scope, index, items) -> Functions.flatMap(items,
                pair -> Functions.map(f.apply(pair._2()), value -> new Tuple2<K, U>(pair._1(), value))), true);
    }

    public static <K, V> Rdd<K> keys(Rdd<Tuple2<K, V>> rdd) {
        return new MapPartitionsRdd<Tuple2<K, V>, K>(rdd, (scope, index, items) -> Functions.map(items, Tuple2::_1), false);
    }

    public static <K, V> Rdd<V> values(Rdd<Tuple2<K, V>> rdd) {
        return new MapPartitionsRdd<Tuple2<K, V>, V>(rdd, (scope, index, items) -> Functions.map(items, Tuple2::_2), false);
    }

    /** Every pair in a map on the driver; of a repeated key, the later pair's value wins (Spark's order). */
    public static <K, V> Map<K, V> collectAsMap(Rdd<Tuple2<K, V>> rdd) {
        Map<K, V> out = new HashMap<>();
        for (Tuple2<K, V> pair : Actions.collect(rdd)) {
            out.put(pair._1(), pair._2());
        }
        return out;
    }
}

package org.apache.spark.api.java;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.compat.Defaults;
import io.ignis.rdd.compat.Levels;
import io.ignis.rdd.compat.Wrap;
import io.ignis.rdd.ops.Actions;
import io.ignis.rdd.ops.Functions;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.PairOps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.rdd.RDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.reflect.ClassTag;

/** Spark's Java RDD of key-value pairs ({@code scala.Tuple2}): a thin handle on an engine RDD. */
public class JavaPairRDD<K, V> extends AbstractJavaRDDLike<Tuple2<K, V>, JavaPairRDD<K, V>> {
    private static final long serialVersionUID = 1L;

    private final RDD<Tuple2<K, V>> rdd;
    private final ClassTag<K> kClassTag;
    private final ClassTag<V> vClassTag;

    public JavaPairRDD(RDD<Tuple2<K, V>> rdd, ClassTag<K> kClassTag, ClassTag<V> vClassTag) {
        this.rdd = rdd;
        this.kClassTag = kClassTag;
        this.vClassTag = vClassTag;
    }

    public static <K, V> JavaPairRDD<K, V> fromRDD(RDD<Tuple2<K, V>> rdd, ClassTag<K> kClassTag, ClassTag<V> vClassTag) {
        return new JavaPairRDD<>(rdd, kClassTag, vClassTag);
    }

    public static <K, V> RDD<Tuple2<K, V>> toRDD(JavaPairRDD<K, V> rdd) {
        return rdd.rdd();
    }

    public static <K, V> JavaPairRDD<K, V> fromJavaRDD(JavaRDD<Tuple2<K, V>> rdd) {
        return new JavaPairRDD<>(rdd.rdd(), Wrap.tag(), Wrap.tag());
    }

    @Override
    public RDD<Tuple2<K, V>> rdd() {
        return rdd;
    }

    @Override
    public ClassTag<Tuple2<K, V>> classTag() {
        return Wrap.tag();
    }

    public ClassTag<K> kClassTag() {
        return kClassTag;
    }

    public ClassTag<V> vClassTag() {
        return vClassTag;
    }

    @Override
    public JavaPairRDD<K, V> wrapRDD(RDD<Tuple2<K, V>> rdd) {
        return new JavaPairRDD<>(rdd, kClassTag, vClassTag);
    }

    private Rdd<Tuple2<K, V>> self() {
        return rdd.ignisRdd();
    }

    private <A, B> JavaPairRDD<A, B> wrap(Rdd<Tuple2<A, B>> made) {
        return Wrap.pair(rdd.sparkContext(), made);
    }

    public JavaPairRDD<K, V> cache() {
        return persist(StorageLevel.MEMORY_ONLY());
    }

    public JavaPairRDD<K, V> persist(StorageLevel newLevel) {
        Levels.persist(self(), newLevel);
        return this;
    }

    public JavaPairRDD<K, V> unpersist() {
        self().unpersist();
        return this;
    }

    public JavaPairRDD<K, V> unpersist(boolean blocking) {
        return unpersist();
    }

    public JavaPairRDD<K, V> reduceByKey(Function2<V, V, V> func) {
        return wrap(PairOps.combineByKey(self(), v -> v, func::call, func::call,
                Defaults.partitioner(rdd.sparkContext(), List.of(self())), true));
    }

    public JavaPairRDD<K, V> reduceByKey(Function2<V, V, V> func, int numPartitions) {
        return wrap(PairOps.combineByKey(self(), v -> v, func::call, func::call, new io.ignis.shuffle.HashPartitioner<>(numPartitions),
                true));
    }

    public <U> JavaPairRDD<K, U> mapValues(Function<V, U> f) {
        return wrap(new MapPartitionsRdd<Tuple2<K, V>, Tuple2<K, U>>(self(),
                (scope, index, items) -> Functions.map(items, pair -> new Tuple2<>(pair._1(), f.call(pair._2()))), true));
    }

    public JavaRDD<K> keys() {
        return Wrap.java(rdd.sparkContext(), new MapPartitionsRdd<Tuple2<K, V>, K>(self(),
                (scope, index, items) -> Functions.map(items, Tuple2::_1), false));
    }

    public JavaRDD<V> values() {
        return Wrap.java(rdd.sparkContext(), new MapPartitionsRdd<Tuple2<K, V>, V>(self(),
                (scope, index, items) -> Functions.map(items, Tuple2::_2), false));
    }

    public JavaPairRDD<K, V> sortByKey(boolean ascending) {
        return wrap(PairOps.sortByKey(self(), PairOps.natural(), ascending, self().partitionCount()));
    }

    public JavaPairRDD<K, V> sortByKey() {
        return sortByKey(true);
    }

    public Map<K, V> collectAsMap() {
        Map<K, V> out = new HashMap<>();
        for (Tuple2<K, V> pair : Actions.collect(self())) {
            out.put(pair._1(), pair._2());
        }
        return out;
    }

    @Override
    public String toString() {
        return rdd.toString();
    }
}

package org.apache.spark.api.java;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.compat.Defaults;
import io.ignis.rdd.compat.ExactApproximations;
import io.ignis.rdd.compat.Files;
import io.ignis.rdd.compat.Levels;
import io.ignis.rdd.compat.Partitioners;
import io.ignis.rdd.compat.Sampling;
import io.ignis.rdd.compat.Wrap;
import io.ignis.rdd.ops.Actions;
import io.ignis.rdd.ops.CoalescedRdd;
import io.ignis.rdd.ops.Functions;
import io.ignis.rdd.ops.Joins;
import io.ignis.rdd.ops.KeyValues;
import io.ignis.rdd.ops.KeyedAggregations;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.OrderedOps;
import io.ignis.rdd.ops.PairOps;
import io.ignis.rdd.ops.PairSetOps;
import io.ignis.rdd.ops.PartitionerAwareUnionRdd;
import io.ignis.rdd.ops.SetOps;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.partial.BoundedDouble;
import org.apache.spark.partial.PartialResult;
import org.apache.spark.rdd.RDD;
import org.apache.spark.serializer.Serializer;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple3;
import scala.Tuple4;
import scala.reflect.ClassTag;

/**
 * Spark's Java RDD of key-value pairs ({@code scala.Tuple2}): a thin handle on an engine RDD. The
 * by-key operations follow Spark's rules: without a partitioner or partition count they use Spark's
 * default partitioner over their inputs; an input already placed by the chosen partitioner is not
 * shuffled again; results keep the partitioner where Spark's do. Approximate operations answer
 * exactly. Like Spark's, this class does not override {@code toString}.
 */
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

    private SparkContext sc() {
        return rdd.sparkContext();
    }

    private <A, B> JavaPairRDD<A, B> wrap(Rdd<Tuple2<A, B>> made) {
        return Wrap.pair(sc(), made);
    }

    /** Spark's default partitioner over this RDD and {@code others}. */
    private io.ignis.shuffle.Partitioner<K> defaultPartitioner(JavaPairRDD<?, ?>... others) {
        List<Rdd<?>> inputs = new java.util.ArrayList<>();
        inputs.add(self());
        for (JavaPairRDD<?, ?> other : others) {
            inputs.add(other.self());
        }
        return Defaults.partitioner(sc(), inputs);
    }

    /** Spark's HashPartitioner (and its error for a negative count) as the engine's. */
    private static <T> io.ignis.shuffle.Partitioner<T> hash(int numPartitions) {
        return Partitioners.toIgnis(new HashPartitioner(numPartitions));
    }

    private static <T> io.ignis.shuffle.Partitioner<T> ignis(Partitioner partitioner) {
        return Partitioners.toIgnis(partitioner);
    }

    /**
     * A Spark function as the engine's. The method reference is made here, at one generic site:
     * javac's lambda deserialization tells method references apart by the method they call and
     * the erased interface, not by their instantiated types, so two {@code f::call} of different
     * element types in one class would come back from a task's bytes as the same one (with the
     * other's casts).
     */
    private static <A, R> io.ignis.api.function.IgnisFunc1<A, R> asIgnis(Function<A, R> function) {
        return function::call;
    }

    private static <A, B, R> io.ignis.api.function.IgnisFunc2<A, B, R> asIgnis(Function2<A, B, R> function) {
        return function::call;
    }

    private static <A, R> io.ignis.api.function.IgnisFunc1<A, Iterator<R>> asIgnis(FlatMapFunction<A, R> function) {
        return function::call;
    }

    // ---- persistence

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

    public JavaPairRDD<K, V> setName(String name) {
        self().setName(name);
        return this;
    }

    // ---- the transformations every RDD has, typed for pairs

    public JavaPairRDD<K, V> distinct() {
        return distinct(self().partitionCount());
    }

    public JavaPairRDD<K, V> distinct(int numPartitions) {
        return wrap(SetOps.distinct(self(), numPartitions));
    }

    public JavaPairRDD<K, V> filter(Function<Tuple2<K, V>, Boolean> f) {
        io.ignis.api.function.IgnisFunc1<Tuple2<K, V>, Boolean> keep = asIgnis(f);
        return wrap(new MapPartitionsRdd<Tuple2<K, V>, Tuple2<K, V>>(self(), (scope, index, items) -> Functions.filter(items, keep), true));
    }

    public JavaPairRDD<K, V> coalesce(int numPartitions) {
        return coalesce(numPartitions, false);
    }

    public JavaPairRDD<K, V> coalesce(int numPartitions, boolean shuffle) {
        return wrap(shuffle ? SetOps.repartition(self(), numPartitions) : new CoalescedRdd<>(self(), numPartitions));
    }

    public JavaPairRDD<K, V> repartition(int numPartitions) {
        return coalesce(numPartitions, true);
    }

    public JavaPairRDD<K, V> sample(boolean withReplacement, double fraction) {
        return sample(withReplacement, fraction, new java.util.Random().nextLong());
    }

    public JavaPairRDD<K, V> sample(boolean withReplacement, double fraction, long seed) {
        return wrap(Sampling.sample(self(), withReplacement, fraction, seed));
    }

    /** A sample with a fraction per key (each key's items kept with that probability), as Spark draws it for the seed. */
    public JavaPairRDD<K, V> sampleByKey(boolean withReplacement, Map<K, Double> fractions, long seed) {
        return wrap(Sampling.sampleByKey(self(), withReplacement, fractions, seed));
    }

    public JavaPairRDD<K, V> sampleByKey(boolean withReplacement, Map<K, Double> fractions) {
        return sampleByKey(withReplacement, fractions, new java.util.Random().nextLong());
    }

    /** Exactly ceil(count(k) * fraction(k)) items of each key k, chosen as Spark chooses them for the seed. */
    public JavaPairRDD<K, V> sampleByKeyExact(boolean withReplacement, Map<K, Double> fractions, long seed) {
        return wrap(Sampling.sampleByKeyExact(self(), withReplacement, fractions, seed));
    }

    public JavaPairRDD<K, V> sampleByKeyExact(boolean withReplacement, Map<K, Double> fractions) {
        return sampleByKeyExact(withReplacement, fractions, new java.util.Random().nextLong());
    }

    /** Keeps the partitioner when both sides share one (Spark's partitioner-aware union). */
    public JavaPairRDD<K, V> union(JavaPairRDD<K, V> other) {
        return wrap(PartitionerAwareUnionRdd.union(List.of(self(), other.self())));
    }

    public JavaPairRDD<K, V> intersection(JavaPairRDD<K, V> other) {
        return wrap(PairSetOps.intersection(self(), other.self(), inputs -> Defaults.partitioner(sc(), inputs)));
    }

    public JavaPairRDD<K, V> subtract(JavaPairRDD<K, V> other) {
        io.ignis.shuffle.Partitioner<?> own = self().partitioner();
        return wrap(PairSetOps.subtract(self(), other.self(), own != null ? own : hash(self().partitionCount())));
    }

    public JavaPairRDD<K, V> subtract(JavaPairRDD<K, V> other, int numPartitions) {
        return wrap(PairSetOps.subtract(self(), other.self(), hash(numPartitions)));
    }

    public JavaPairRDD<K, V> subtract(JavaPairRDD<K, V> other, Partitioner p) {
        return wrap(PairSetOps.subtract(self(), other.self(), ignis(p)));
    }

    @Override
    public Tuple2<K, V> first() {
        return Actions.first(self());
    }

    // ---- combining by key

    /** The serializer is accepted and ignored: Ignis's shuffles have one wire form. */
    public <C> JavaPairRDD<K, C> combineByKey(Function<V, C> createCombiner, Function2<C, V, C> mergeValue, Function2<C, C, C> mergeCombiners,
                                              Partitioner partitioner, boolean mapSideCombine, Serializer serializer) {
        return wrap(PairOps.combineByKey(self(), asIgnis(createCombiner), asIgnis(mergeValue), asIgnis(mergeCombiners), ignis(partitioner),
                mapSideCombine));
    }

    public <C> JavaPairRDD<K, C> combineByKey(Function<V, C> createCombiner, Function2<C, V, C> mergeValue, Function2<C, C, C> mergeCombiners,
                                              Partitioner partitioner) {
        return combineByKey(createCombiner, mergeValue, mergeCombiners, partitioner, true, null);
    }

    public <C> JavaPairRDD<K, C> combineByKey(Function<V, C> createCombiner, Function2<C, V, C> mergeValue, Function2<C, C, C> mergeCombiners,
                                              int numPartitions) {
        return combineByKey(createCombiner, mergeValue, mergeCombiners, new HashPartitioner(numPartitions));
    }

    public <C> JavaPairRDD<K, C> combineByKey(Function<V, C> createCombiner, Function2<C, V, C> mergeValue, Function2<C, C, C> mergeCombiners) {
        return wrap(PairOps.combineByKey(self(), asIgnis(createCombiner), asIgnis(mergeValue), asIgnis(mergeCombiners), defaultPartitioner(),
                true));
    }

    public JavaPairRDD<K, V> reduceByKey(Partitioner partitioner, Function2<V, V, V> func) {
        return wrap(PairOps.combineByKey(self(), v -> v, asIgnis(func), asIgnis(func), ignis(partitioner), true));
    }

    public JavaPairRDD<K, V> reduceByKey(Function2<V, V, V> func, int numPartitions) {
        return wrap(PairOps.combineByKey(self(), v -> v, asIgnis(func), asIgnis(func), hash(numPartitions), true));
    }

    public JavaPairRDD<K, V> reduceByKey(Function2<V, V, V> func) {
        return wrap(PairOps.combineByKey(self(), v -> v, asIgnis(func), asIgnis(func), defaultPartitioner(), true));
    }

    /** Reduced per key into a map on the driver, with no shuffle. */
    public Map<K, V> reduceByKeyLocally(Function2<V, V, V> func) {
        return KeyedAggregations.reduceByKeyLocally(self(), asIgnis(func));
    }

    public Map<K, Long> countByKey() {
        return KeyedAggregations.countByKey(self(), defaultPartitioner());
    }

    /** Answered exactly: a final result, each count with confidence 1. */
    public PartialResult<Map<K, BoundedDouble>> countByKeyApprox(long timeout, double confidence) {
        ExactApproximations.checkConfidence(confidence);
        return ExactApproximations.counts(countByKey());
    }

    public PartialResult<Map<K, BoundedDouble>> countByKeyApprox(long timeout) {
        return countByKeyApprox(timeout, 0.95);
    }

    /** Each key starts from its own copy of {@code zeroValue} (serialized once, read back per key), as in Spark. */
    public <U> JavaPairRDD<K, U> aggregateByKey(U zeroValue, Partitioner partitioner, Function2<U, V, U> seqFunc, Function2<U, U, U> combFunc) {
        return wrap(KeyedAggregations.aggregateByKey(self(), zeroValue, ignis(partitioner), asIgnis(seqFunc), asIgnis(combFunc)));
    }

    public <U> JavaPairRDD<K, U> aggregateByKey(U zeroValue, int numPartitions, Function2<U, V, U> seqFunc, Function2<U, U, U> combFunc) {
        return wrap(KeyedAggregations.aggregateByKey(self(), zeroValue, hash(numPartitions), asIgnis(seqFunc), asIgnis(combFunc)));
    }

    public <U> JavaPairRDD<K, U> aggregateByKey(U zeroValue, Function2<U, V, U> seqFunc, Function2<U, U, U> combFunc) {
        return wrap(KeyedAggregations.aggregateByKey(self(), zeroValue, defaultPartitioner(), asIgnis(seqFunc), asIgnis(combFunc)));
    }

    public JavaPairRDD<K, V> foldByKey(V zeroValue, Partitioner partitioner, Function2<V, V, V> func) {
        return wrap(KeyedAggregations.foldByKey(self(), zeroValue, ignis(partitioner), asIgnis(func)));
    }

    public JavaPairRDD<K, V> foldByKey(V zeroValue, int numPartitions, Function2<V, V, V> func) {
        return wrap(KeyedAggregations.foldByKey(self(), zeroValue, hash(numPartitions), asIgnis(func)));
    }

    public JavaPairRDD<K, V> foldByKey(V zeroValue, Function2<V, V, V> func) {
        return wrap(KeyedAggregations.foldByKey(self(), zeroValue, defaultPartitioner(), asIgnis(func)));
    }

    public JavaPairRDD<K, Iterable<V>> groupByKey(Partitioner partitioner) {
        return grouped(ignis(partitioner));
    }

    public JavaPairRDD<K, Iterable<V>> groupByKey(int numPartitions) {
        return grouped(hash(numPartitions));
    }

    public JavaPairRDD<K, Iterable<V>> groupByKey() {
        return grouped(defaultPartitioner());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private JavaPairRDD<K, Iterable<V>> grouped(io.ignis.shuffle.Partitioner<K> partitioner) {
        return wrap((Rdd) PairOps.groupByKey(self(), partitioner));
    }

    /** Exact: the number of distinct values of each key. */
    public JavaPairRDD<K, Long> countApproxDistinctByKey(double relativeSD, Partitioner partitioner) {
        ExactApproximations.checkRelativeSD(relativeSD);
        return wrap(KeyedAggregations.countDistinctByKey(self(), ignis(partitioner)));
    }

    public JavaPairRDD<K, Long> countApproxDistinctByKey(double relativeSD, int numPartitions) {
        return countApproxDistinctByKey(relativeSD, new HashPartitioner(numPartitions));
    }

    public JavaPairRDD<K, Long> countApproxDistinctByKey(double relativeSD) {
        ExactApproximations.checkRelativeSD(relativeSD);
        return wrap(KeyedAggregations.countDistinctByKey(self(), defaultPartitioner()));
    }

    // ---- placement

    /** This RDD itself when it is already placed by {@code partitioner}. */
    public JavaPairRDD<K, V> partitionBy(Partitioner partitioner) {
        return wrap(PairOps.partitionBy(self(), ignis(partitioner)));
    }

    public JavaPairRDD<K, V> repartitionAndSortWithinPartitions(Partitioner partitioner) {
        return repartitionAndSortWithinPartitions(partitioner, PairOps.natural());
    }

    public JavaPairRDD<K, V> repartitionAndSortWithinPartitions(Partitioner partitioner, Comparator<K> comp) {
        return wrap(OrderedOps.repartitionAndSortWithinPartitions(self(), ignis(partitioner), serializable(comp)));
    }

    public JavaPairRDD<K, V> sortByKey() {
        return sortByKey(true);
    }

    public JavaPairRDD<K, V> sortByKey(boolean ascending) {
        return sortByKey(PairOps.natural(), ascending);
    }

    public JavaPairRDD<K, V> sortByKey(boolean ascending, int numPartitions) {
        return sortByKey(PairOps.natural(), ascending, numPartitions);
    }

    public JavaPairRDD<K, V> sortByKey(Comparator<K> comp) {
        return sortByKey(comp, true);
    }

    public JavaPairRDD<K, V> sortByKey(Comparator<K> comp, boolean ascending) {
        return sortByKey(comp, ascending, self().partitionCount());
    }

    /**
     * A total sort through a range partitioner chosen from a sample of the keys (so there may be
     * fewer partitions than asked, and 0 means 1, as in Spark). {@code comp} must be Serializable.
     */
    public JavaPairRDD<K, V> sortByKey(Comparator<K> comp, boolean ascending, int numPartitions) {
        if (numPartitions < 0) {
            throw new IllegalArgumentException("requirement failed: Number of partitions cannot be negative but found " + numPartitions + ".");
        }
        return wrap(PairOps.sortByKey(self(), serializable(comp), ascending, Math.max(numPartitions, 1)));
    }

    /**
     * Spark fails a job whose key ordering cannot be serialized with "Task not serializable"; the
     * engine needs the ordering for its partitioner at once, so the same error comes here.
     */
    private static <T> Comparator<T> serializable(Comparator<T> comp) {
        java.util.Objects.requireNonNull(comp, "comp is null");
        if (!(comp instanceof Serializable)) {
            throw Functions.rethrow(new SparkException("Task not serializable", new NotSerializableException(comp.getClass().getName())));
        }
        return comp;
    }

    public JavaPairRDD<K, V> filterByRange(K lower, K upper) {
        return filterByRange(PairOps.natural(), lower, upper);
    }

    /** Range-partitioned data (after sortByKey) reads only the partitions the range can touch. */
    public JavaPairRDD<K, V> filterByRange(Comparator<K> comp, K lower, K upper) {
        return wrap(OrderedOps.filterByRange(self(), comp, lower, upper));
    }

    // ---- joins and groups with other RDDs

    public <W> JavaPairRDD<K, V> subtractByKey(JavaPairRDD<K, W> other) {
        io.ignis.shuffle.Partitioner<K> own = placement();
        return wrap(Joins.subtractByKey(self(), other.self(), own != null ? own : hash(self().partitionCount())));
    }

    public <W> JavaPairRDD<K, V> subtractByKey(JavaPairRDD<K, W> other, int numPartitions) {
        return wrap(Joins.subtractByKey(self(), other.self(), hash(numPartitions)));
    }

    public <W> JavaPairRDD<K, V> subtractByKey(JavaPairRDD<K, W> other, Partitioner p) {
        return wrap(Joins.subtractByKey(self(), other.self(), ignis(p)));
    }

    @SuppressWarnings("unchecked")
    private io.ignis.shuffle.Partitioner<K> placement() {
        return (io.ignis.shuffle.Partitioner<K>) self().partitioner();
    }

    public <W> JavaPairRDD<K, Tuple2<V, W>> join(JavaPairRDD<K, W> other, Partitioner partitioner) {
        return wrap(Joins.join(self(), other.self(), ignis(partitioner)));
    }

    public <W> JavaPairRDD<K, Tuple2<V, W>> join(JavaPairRDD<K, W> other, int numPartitions) {
        return wrap(Joins.join(self(), other.self(), hash(numPartitions)));
    }

    public <W> JavaPairRDD<K, Tuple2<V, W>> join(JavaPairRDD<K, W> other) {
        return wrap(Joins.join(self(), other.self(), defaultPartitioner(other)));
    }

    public <W> JavaPairRDD<K, Tuple2<V, Optional<W>>> leftOuterJoin(JavaPairRDD<K, W> other, Partitioner partitioner) {
        return wrap(Joins.leftOuterJoin(self(), other.self(), ignis(partitioner)));
    }

    public <W> JavaPairRDD<K, Tuple2<V, Optional<W>>> leftOuterJoin(JavaPairRDD<K, W> other, int numPartitions) {
        return wrap(Joins.leftOuterJoin(self(), other.self(), hash(numPartitions)));
    }

    public <W> JavaPairRDD<K, Tuple2<V, Optional<W>>> leftOuterJoin(JavaPairRDD<K, W> other) {
        return wrap(Joins.leftOuterJoin(self(), other.self(), defaultPartitioner(other)));
    }

    public <W> JavaPairRDD<K, Tuple2<Optional<V>, W>> rightOuterJoin(JavaPairRDD<K, W> other, Partitioner partitioner) {
        return wrap(Joins.rightOuterJoin(self(), other.self(), ignis(partitioner)));
    }

    public <W> JavaPairRDD<K, Tuple2<Optional<V>, W>> rightOuterJoin(JavaPairRDD<K, W> other, int numPartitions) {
        return wrap(Joins.rightOuterJoin(self(), other.self(), hash(numPartitions)));
    }

    public <W> JavaPairRDD<K, Tuple2<Optional<V>, W>> rightOuterJoin(JavaPairRDD<K, W> other) {
        return wrap(Joins.rightOuterJoin(self(), other.self(), defaultPartitioner(other)));
    }

    public <W> JavaPairRDD<K, Tuple2<Optional<V>, Optional<W>>> fullOuterJoin(JavaPairRDD<K, W> other, Partitioner partitioner) {
        return wrap(Joins.fullOuterJoin(self(), other.self(), ignis(partitioner)));
    }

    public <W> JavaPairRDD<K, Tuple2<Optional<V>, Optional<W>>> fullOuterJoin(JavaPairRDD<K, W> other, int numPartitions) {
        return wrap(Joins.fullOuterJoin(self(), other.self(), hash(numPartitions)));
    }

    public <W> JavaPairRDD<K, Tuple2<Optional<V>, Optional<W>>> fullOuterJoin(JavaPairRDD<K, W> other) {
        return wrap(Joins.fullOuterJoin(self(), other.self(), defaultPartitioner(other)));
    }

    public <W> JavaPairRDD<K, Tuple2<Iterable<V>, Iterable<W>>> cogroup(JavaPairRDD<K, W> other, Partitioner partitioner) {
        return wrap(Joins.cogroup(self(), other.self(), ignis(partitioner)));
    }

    public <W1, W2> JavaPairRDD<K, Tuple3<Iterable<V>, Iterable<W1>, Iterable<W2>>> cogroup(JavaPairRDD<K, W1> other1, JavaPairRDD<K, W2> other2,
                                                                                         Partitioner partitioner) {
        return wrap(Joins.cogroup(self(), other1.self(), other2.self(), ignis(partitioner)));
    }

    public <W1, W2, W3> JavaPairRDD<K, Tuple4<Iterable<V>, Iterable<W1>, Iterable<W2>, Iterable<W3>>> cogroup(
            JavaPairRDD<K, W1> other1, JavaPairRDD<K, W2> other2, JavaPairRDD<K, W3> other3, Partitioner partitioner) {
        return wrap(Joins.cogroup(self(), other1.self(), other2.self(), other3.self(), ignis(partitioner)));
    }

    public <W> JavaPairRDD<K, Tuple2<Iterable<V>, Iterable<W>>> cogroup(JavaPairRDD<K, W> other) {
        return wrap(Joins.cogroup(self(), other.self(), defaultPartitioner(other)));
    }

    public <W1, W2> JavaPairRDD<K, Tuple3<Iterable<V>, Iterable<W1>, Iterable<W2>>> cogroup(JavaPairRDD<K, W1> other1, JavaPairRDD<K, W2> other2) {
        return wrap(Joins.cogroup(self(), other1.self(), other2.self(), defaultPartitioner(other1, other2)));
    }

    public <W1, W2, W3> JavaPairRDD<K, Tuple4<Iterable<V>, Iterable<W1>, Iterable<W2>, Iterable<W3>>> cogroup(
            JavaPairRDD<K, W1> other1, JavaPairRDD<K, W2> other2, JavaPairRDD<K, W3> other3) {
        return wrap(Joins.cogroup(self(), other1.self(), other2.self(), other3.self(), defaultPartitioner(other1, other2, other3)));
    }

    public <W> JavaPairRDD<K, Tuple2<Iterable<V>, Iterable<W>>> cogroup(JavaPairRDD<K, W> other, int numPartitions) {
        return wrap(Joins.cogroup(self(), other.self(), hash(numPartitions)));
    }

    public <W1, W2> JavaPairRDD<K, Tuple3<Iterable<V>, Iterable<W1>, Iterable<W2>>> cogroup(JavaPairRDD<K, W1> other1, JavaPairRDD<K, W2> other2,
                                                                                         int numPartitions) {
        return wrap(Joins.cogroup(self(), other1.self(), other2.self(), hash(numPartitions)));
    }

    public <W1, W2, W3> JavaPairRDD<K, Tuple4<Iterable<V>, Iterable<W1>, Iterable<W2>, Iterable<W3>>> cogroup(
            JavaPairRDD<K, W1> other1, JavaPairRDD<K, W2> other2, JavaPairRDD<K, W3> other3, int numPartitions) {
        return wrap(Joins.cogroup(self(), other1.self(), other2.self(), other3.self(), hash(numPartitions)));
    }

    public <W> JavaPairRDD<K, Tuple2<Iterable<V>, Iterable<W>>> groupWith(JavaPairRDD<K, W> other) {
        return cogroup(other);
    }

    public <W1, W2> JavaPairRDD<K, Tuple3<Iterable<V>, Iterable<W1>, Iterable<W2>>> groupWith(JavaPairRDD<K, W1> other1, JavaPairRDD<K, W2> other2) {
        return cogroup(other1, other2);
    }

    public <W1, W2, W3> JavaPairRDD<K, Tuple4<Iterable<V>, Iterable<W1>, Iterable<W2>, Iterable<W3>>> groupWith(
            JavaPairRDD<K, W1> other1, JavaPairRDD<K, W2> other2, JavaPairRDD<K, W3> other3) {
        return cogroup(other1, other2, other3);
    }

    // ---- keys and values

    public <U> JavaPairRDD<K, U> mapValues(Function<V, U> f) {
        return wrap(KeyValues.mapValues(self(), asIgnis(f)));
    }

    public <U> JavaPairRDD<K, U> flatMapValues(FlatMapFunction<V, U> f) {
        return wrap(KeyValues.flatMapValues(self(), asIgnis(f)));
    }

    public JavaRDD<K> keys() {
        return Wrap.java(sc(), KeyValues.keys(self()));
    }

    public JavaRDD<V> values() {
        return Wrap.java(sc(), KeyValues.values(self()));
    }

    // ---- actions

    /** All pairs in a map; of a repeated key, the later pair's value wins, as in Spark. */
    public Map<K, V> collectAsMap() {
        return KeyValues.collectAsMap(self());
    }

    /** With a known partitioner, a job on the key's partition alone; otherwise a scan of all. */
    public List<V> lookup(K key) {
        return KeyedAggregations.lookup(self(), key);
    }

    // ---- saving through Hadoop's output formats

    public <F extends org.apache.hadoop.mapred.OutputFormat<?, ?>> void saveAsHadoopFile(String path, Class<?> keyClass, Class<?> valueClass,
                                                                                        Class<F> outputFormatClass,
                                                                                        org.apache.hadoop.mapred.JobConf conf) {
        Files.saveAsHadoopFile(sc(), self(), path, keyClass, valueClass, outputFormatClass, conf);
    }

    public <F extends org.apache.hadoop.mapred.OutputFormat<?, ?>> void saveAsHadoopFile(String path, Class<?> keyClass, Class<?> valueClass,
                                                                                        Class<F> outputFormatClass) {
        Files.saveAsHadoopFile(sc(), self(), path, keyClass, valueClass, outputFormatClass);
    }

    public <F extends org.apache.hadoop.mapred.OutputFormat<?, ?>> void saveAsHadoopFile(
            String path, Class<?> keyClass, Class<?> valueClass, Class<F> outputFormatClass,
            Class<? extends org.apache.hadoop.io.compress.CompressionCodec> codec) {
        Files.saveAsHadoopFile(sc(), self(), path, keyClass, valueClass, outputFormatClass, codec);
    }

    public <F extends org.apache.hadoop.mapreduce.OutputFormat<?, ?>> void saveAsNewAPIHadoopFile(
            String path, Class<?> keyClass, Class<?> valueClass, Class<F> outputFormatClass, org.apache.hadoop.conf.Configuration conf) {
        Files.saveAsNewAPIHadoopFile(sc(), self(), path, keyClass, valueClass, outputFormatClass, conf);
    }

    public <F extends org.apache.hadoop.mapreduce.OutputFormat<?, ?>> void saveAsNewAPIHadoopFile(String path, Class<?> keyClass,
                                                                                                 Class<?> valueClass,
                                                                                                 Class<F> outputFormatClass) {
        Files.saveAsNewAPIHadoopFile(sc(), self(), path, keyClass, valueClass, outputFormatClass);
    }

    public void saveAsHadoopDataset(org.apache.hadoop.mapred.JobConf conf) {
        Files.saveAsHadoopDataset(sc(), self(), conf);
    }

    public void saveAsNewAPIHadoopDataset(org.apache.hadoop.conf.Configuration conf) {
        Files.saveAsNewAPIHadoopDataset(sc(), self(), conf);
    }
}

package org.apache.spark.api.java;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.compat.Defaults;
import io.ignis.rdd.compat.FutureActions;
import io.ignis.rdd.compat.Levels;
import io.ignis.rdd.compat.Partitioners;
import io.ignis.rdd.compat.Wrap;
import io.ignis.rdd.ops.Actions;
import io.ignis.rdd.ops.CartesianRdd;
import io.ignis.rdd.ops.Functions;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.PairOps;
import io.ignis.rdd.ops.Piping;
import io.ignis.rdd.ops.Zips;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partition;
import org.apache.spark.Partitioner;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.DoubleFlatMapFunction;
import org.apache.spark.api.java.function.DoubleFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.api.java.function.PairFunction;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.partial.BoundedDouble;
import org.apache.spark.partial.PartialResult;
import org.apache.spark.rdd.RDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.reflect.ClassTag;

/**
 * The operations every Java RDD has (Spark's JavaRDDLike), as default methods over the engine
 * RDD behind {@link #rdd()}: transformations build new engine RDDs, actions run jobs.
 */
public interface JavaRDDLike<T, This extends JavaRDDLike<T, This>> extends Serializable {
    This wrapRDD(RDD<T> rdd);

    ClassTag<T> classTag();

    RDD<T> rdd();

    private Rdd<T> self() {
        return rdd().ignisRdd();
    }

    private SparkContext sparkContext() {
        return rdd().sparkContext();
    }

    default List<Partition> partitions() {
        return List.of(rdd().partitions());
    }

    default int getNumPartitions() {
        return self().partitionCount();
    }

    default Optional<Partitioner> partitioner() {
        return Optional.ofNullable(Partitioners.toSpark(self().partitioner()));
    }

    default SparkContext context() {
        return sparkContext();
    }

    default int id() {
        return self().id();
    }

    default StorageLevel getStorageLevel() {
        return Levels.of(self());
    }

    /** This partition's elements, computed here; inside a task it reads what the task reads. */
    default Iterator<T> iterator(Partition split, TaskContext taskContext) {
        return Actions.collectPartitions(self(), new int[] {split.index()}).get(0).iterator();
    }

    default <R> JavaRDD<R> map(Function<T, R> f) {
        return Wrap.java(sparkContext(), new MapPartitionsRdd<T, R>(self(), (scope, index, items) -> Functions.map(items, f::call), false));
    }

    default <R> JavaRDD<R> mapPartitionsWithIndex(Function2<Integer, Iterator<T>, Iterator<R>> f, boolean preservesPartitioning) {
        return Wrap.java(sparkContext(), new MapPartitionsRdd<T, R>(self(), (scope, index, items) -> f.call(index, items),
                preservesPartitioning));
    }

    default <R> JavaDoubleRDD mapToDouble(DoubleFunction<T> f) {
        return Wrap.doubles(sparkContext(), new MapPartitionsRdd<T, Double>(self(), (scope, index, items) -> Functions.map(items, f::call),
                false));
    }

    default <K2, V2> JavaPairRDD<K2, V2> mapToPair(PairFunction<T, K2, V2> f) {
        return Wrap.pair(sparkContext(), new MapPartitionsRdd<T, Tuple2<K2, V2>>(self(),
                (scope, index, items) -> Functions.map(items, f::call), false));
    }

    default <U> JavaRDD<U> flatMap(FlatMapFunction<T, U> f) {
        return Wrap.java(sparkContext(), new MapPartitionsRdd<T, U>(self(), (scope, index, items) -> Functions.flatMap(items, f::call),
                false));
    }

    default JavaDoubleRDD flatMapToDouble(DoubleFlatMapFunction<T> f) {
        return Wrap.doubles(sparkContext(), new MapPartitionsRdd<T, Double>(self(),
                (scope, index, items) -> Functions.flatMap(items, f::call), false));
    }

    default <K2, V2> JavaPairRDD<K2, V2> flatMapToPair(PairFlatMapFunction<T, K2, V2> f) {
        return Wrap.pair(sparkContext(), new MapPartitionsRdd<T, Tuple2<K2, V2>>(self(),
                (scope, index, items) -> Functions.flatMap(items, f::call), false));
    }

    default <U> JavaRDD<U> mapPartitions(FlatMapFunction<Iterator<T>, U> f) {
        return mapPartitions(f, false);
    }

    default <U> JavaRDD<U> mapPartitions(FlatMapFunction<Iterator<T>, U> f, boolean preservesPartitioning) {
        return Wrap.java(sparkContext(), new MapPartitionsRdd<T, U>(self(), (scope, index, items) -> f.call(items), preservesPartitioning));
    }

    default JavaDoubleRDD mapPartitionsToDouble(DoubleFlatMapFunction<Iterator<T>> f) {
        return mapPartitionsToDouble(f, false);
    }

    default <K2, V2> JavaPairRDD<K2, V2> mapPartitionsToPair(PairFlatMapFunction<Iterator<T>, K2, V2> f) {
        return mapPartitionsToPair(f, false);
    }

    default JavaDoubleRDD mapPartitionsToDouble(DoubleFlatMapFunction<Iterator<T>> f, boolean preservesPartitioning) {
        return Wrap.doubles(sparkContext(), new MapPartitionsRdd<T, Double>(self(), (scope, index, items) -> f.call(items),
                preservesPartitioning));
    }

    default <K2, V2> JavaPairRDD<K2, V2> mapPartitionsToPair(PairFlatMapFunction<Iterator<T>, K2, V2> f, boolean preservesPartitioning) {
        return Wrap.pair(sparkContext(), new MapPartitionsRdd<T, Tuple2<K2, V2>>(self(), (scope, index, items) -> f.call(items),
                preservesPartitioning));
    }

    default void foreachPartition(VoidFunction<Iterator<T>> f) {
        self().context().runJob(self(), (scope, items) -> {
            f.call(items);
            return null;
        });
    }

    default JavaRDD<List<T>> glom() {
        Rdd<List<T>> arrays = new MapPartitionsRdd<T, List<T>>(self(), (scope, index, items) -> {
            List<T> all = new ArrayList<>();
            items.forEachRemaining(all::add);
            return List.of(all).iterator();
        }, false);
        // Spark's Java glom is two RDDs (glom, then a map to ArrayList): the second keeps later RDD ids as in Spark,
        // which a range partitioner's sampling seeds depend on.
        return Wrap.java(sparkContext(), new MapPartitionsRdd<List<T>, List<T>>(arrays, (scope, index, items) -> items, false));
    }

    default <U> JavaPairRDD<T, U> cartesian(JavaRDDLike<U, ?> other) {
        return Wrap.pair(sparkContext(), new CartesianRdd<>(self(), other.rdd().ignisRdd()));
    }

    default <U> JavaPairRDD<U, Iterable<T>> groupBy(Function<T, U> f) {
        return groupBy(f, Defaults.partitioner(sparkContext(), List.of(self())));
    }

    default <U> JavaPairRDD<U, Iterable<T>> groupBy(Function<T, U> f, int numPartitions) {
        return groupBy(f, new io.ignis.shuffle.HashPartitioner<>(numPartitions));
    }

    private <U> JavaPairRDD<U, Iterable<T>> groupBy(Function<T, U> f, io.ignis.shuffle.Partitioner<U> partitioner) {
        Rdd<Tuple2<U, T>> keyed = new MapPartitionsRdd<T, Tuple2<U, T>>(self(),
                (scope, index, items) -> Functions.map(items, t -> new Tuple2<>(f.call(t), t)), false);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Rdd<Tuple2<U, Iterable<T>>> grouped = (Rdd) PairOps.groupByKey(keyed, partitioner);
        return Wrap.pair(sparkContext(), grouped);
    }

    default JavaRDD<String> pipe(String command) {
        return pipe(Piping.tokenize(command));
    }

    default JavaRDD<String> pipe(List<String> command) {
        return pipe(command, Map.of());
    }

    default JavaRDD<String> pipe(List<String> command, Map<String, String> env) {
        return pipe(command, env, false, 8192);
    }

    default JavaRDD<String> pipe(List<String> command, Map<String, String> env, boolean separateWorkingDir, int bufferSize) {
        return pipe(command, env, separateWorkingDir, bufferSize, "UTF-8");
    }

    default JavaRDD<String> pipe(List<String> command, Map<String, String> env, boolean separateWorkingDir, int bufferSize,
                                 String encoding) {
        List<String> commandCopy = List.copyOf(command);
        Map<String, String> envCopy = new HashMap<>(env);
        return Wrap.java(sparkContext(), new MapPartitionsRdd<T, String>(self(),
                (scope, index, items) -> Piping.pipe(items, commandCopy, envCopy, bufferSize, encoding), false));
    }

    default <U> JavaPairRDD<T, U> zip(JavaRDDLike<U, ?> other) {
        return Wrap.pair(sparkContext(), Zips.zip(self(), other.rdd().ignisRdd()));
    }

    default <U, V> JavaRDD<V> zipPartitions(JavaRDDLike<U, ?> other, FlatMapFunction2<Iterator<T>, Iterator<U>, V> f) {
        return Wrap.java(sparkContext(), Zips.zipPartitions(self(), other.rdd().ignisRdd(), f::call));
    }

    default JavaPairRDD<T, Long> zipWithUniqueId() {
        return Wrap.pair(sparkContext(), Zips.zipWithUniqueId(self()));
    }

    default JavaPairRDD<T, Long> zipWithIndex() {
        return Wrap.pair(sparkContext(), Zips.zipWithIndex(self()));
    }

    default void foreach(VoidFunction<T> f) {
        self().context().runJob(self(), (scope, items) -> {
            while (items.hasNext()) {
                f.call(items.next());
            }
            return null;
        });
    }

    default List<T> collect() {
        return Actions.collect(self());
    }

    default Iterator<T> toLocalIterator() {
        return Actions.toLocalIterator(self());
    }

    @SuppressWarnings("unchecked")
    default List<T>[] collectPartitions(int[] partitionIds) {
        List<List<T>> parts = Actions.collectPartitions(self(), partitionIds);
        return parts.toArray(new List[0]);
    }

    default T reduce(Function2<T, T, T> f) {
        return Actions.reduce(self(), f::call);
    }

    default T treeReduce(Function2<T, T, T> f, int depth) {
        Defaults.checkDepth(depth);
        return reduce(f);
    }

    default T treeReduce(Function2<T, T, T> f) {
        return treeReduce(f, 2);
    }

    default T fold(T zeroValue, Function2<T, T, T> f) {
        return Actions.aggregate(self(), zeroValue, f::call, f::call);
    }

    default <U> U aggregate(U zeroValue, Function2<U, T, U> seqOp, Function2<U, U, U> combOp) {
        return Actions.aggregate(self(), zeroValue, seqOp::call, combOp::call);
    }

    default <U> U treeAggregate(U zeroValue, Function2<U, T, U> seqOp, Function2<U, U, U> combOp, int depth) {
        Defaults.checkDepth(depth);
        return aggregate(zeroValue, seqOp, combOp);
    }

    default <U> U treeAggregate(U zeroValue, Function2<U, T, U> seqOp, Function2<U, U, U> combOp) {
        return treeAggregate(zeroValue, seqOp, combOp, 2);
    }

    default <U> U treeAggregate(U zeroValue, Function2<U, T, U> seqOp, Function2<U, U, U> combOp, int depth, boolean finalAggregateOnExecutor) {
        return treeAggregate(zeroValue, seqOp, combOp, depth);
    }

    default long count() {
        return Actions.count(self());
    }

    /** Answered exactly (the job runs to the end): a final result with confidence 1. */
    default PartialResult<BoundedDouble> countApprox(long timeout, double confidence) {
        double count = count();
        return new PartialResult<>(new BoundedDouble(count, 1.0, count, count), true);
    }

    default PartialResult<BoundedDouble> countApprox(long timeout) {
        return countApprox(timeout, 0.95);
    }

    default Map<T, Long> countByValue() {
        return Defaults.countByValue(self());
    }

    /** Answered exactly: each count with confidence 1. */
    default PartialResult<Map<T, BoundedDouble>> countByValueApprox(long timeout, double confidence) {
        Map<T, BoundedDouble> out = new HashMap<>();
        countByValue().forEach((value, count) -> out.put(value, new BoundedDouble(count, 1.0, count, count)));
        return new PartialResult<>(out, true);
    }

    default PartialResult<Map<T, BoundedDouble>> countByValueApprox(long timeout) {
        return countByValueApprox(timeout, 0.95);
    }

    default List<T> take(int num) {
        return Actions.take(self(), num);
    }

    default List<T> takeSample(boolean withReplacement, int num) {
        return takeSample(withReplacement, num, new java.util.Random().nextLong());
    }

    default List<T> takeSample(boolean withReplacement, int num, long seed) {
        return io.ignis.rdd.compat.Sampling.takeSample(self(), withReplacement, num, seed);
    }

    default T first() {
        return Actions.first(self());
    }

    default boolean isEmpty() {
        return Actions.isEmpty(self());
    }

    default void saveAsTextFile(String path) {
        io.ignis.rdd.compat.Files.saveAsTextFile(sparkContext(), self(), path, null);
    }

    default void saveAsTextFile(String path, Class<? extends org.apache.hadoop.io.compress.CompressionCodec> codec) {
        io.ignis.rdd.compat.Files.saveAsTextFile(sparkContext(), self(), path, codec);
    }

    default void saveAsObjectFile(String path) {
        io.ignis.rdd.compat.Files.saveAsObjectFile(sparkContext(), self(), path);
    }

    default <U> JavaPairRDD<U, T> keyBy(Function<T, U> f) {
        return Wrap.pair(sparkContext(), new MapPartitionsRdd<T, Tuple2<U, T>>(self(),
                (scope, index, items) -> Functions.map(items, t -> new Tuple2<>(f.call(t), t)), false));
    }

    default void checkpoint() {
        if (sparkContext().getCheckpointDir().isEmpty()) {
            throw Functions.rethrow(new org.apache.spark.SparkException("Checkpoint directory has not been set in the SparkContext"));
        }
        self().requestCheckpoint();
    }

    default boolean isCheckpointed() {
        return self().isCheckpointed();
    }

    default Optional<String> getCheckpointFile() {
        return Optional.ofNullable(io.ignis.rdd.compat.Checkpoints.file(self()));
    }

    default String toDebugString() {
        return Wrap.debugString(self());
    }

    default List<T> top(int num, Comparator<T> comp) {
        return Actions.takeOrdered(self(), num, PairOps.reversed(comp));
    }

    default List<T> top(int num) {
        return top(num, PairOps.natural());
    }

    default List<T> takeOrdered(int num, Comparator<T> comp) {
        return Actions.takeOrdered(self(), num, comp);
    }

    default T max(Comparator<T> comp) {
        return Actions.max(self(), comp);
    }

    default T min(Comparator<T> comp) {
        return Actions.min(self(), comp);
    }

    default List<T> takeOrdered(int num) {
        return takeOrdered(num, PairOps.natural());
    }

    /** Answered exactly: the number of distinct elements. */
    default long countApproxDistinct(double relativeSD) {
        if (relativeSD < 0.000017) {
            throw new IllegalArgumentException("accuracy (" + relativeSD + ") must be greater than 0.000017");
        }
        return countByValue().size();
    }

    default String name() {
        return self().name();
    }

    default JavaFutureAction<Long> countAsync() {
        return FutureActions.submit(sparkContext(), this::count);
    }

    default JavaFutureAction<List<T>> collectAsync() {
        return FutureActions.submit(sparkContext(), this::collect);
    }

    default JavaFutureAction<List<T>> takeAsync(int num) {
        return FutureActions.submit(sparkContext(), () -> take(num));
    }

    default JavaFutureAction<Void> foreachAsync(VoidFunction<T> f) {
        return FutureActions.submit(sparkContext(), () -> {
            foreach(f);
            return null;
        });
    }

    default JavaFutureAction<Void> foreachPartitionAsync(VoidFunction<Iterator<T>> f) {
        return FutureActions.submit(sparkContext(), () -> {
            foreachPartition(f);
            return null;
        });
    }
}

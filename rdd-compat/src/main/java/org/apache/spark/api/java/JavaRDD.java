package org.apache.spark.api.java;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.compat.Defaults;
import io.ignis.rdd.compat.Levels;
import io.ignis.rdd.compat.Partitioners;
import io.ignis.rdd.compat.Sampling;
import io.ignis.rdd.compat.Wrap;
import io.ignis.rdd.ops.CoalescedRdd;
import io.ignis.rdd.ops.Functions;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.PairOps;
import io.ignis.rdd.ops.SetOps;
import io.ignis.rdd.ops.UnionRdd;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.rdd.RDD;
import org.apache.spark.resource.ResourceProfile;
import org.apache.spark.resource.TaskResourceRequest;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.reflect.ClassTag;

/** Spark's Java RDD of {@code T}: a thin handle on an engine RDD (see {@link JavaRDDLike}). */
public class JavaRDD<T> extends AbstractJavaRDDLike<T, JavaRDD<T>> {
    private static final long serialVersionUID = 1L;

    private final RDD<T> rdd;
    private final ClassTag<T> classTag;

    public JavaRDD(RDD<T> rdd, ClassTag<T> classTag) {
        this.rdd = rdd;
        this.classTag = classTag;
    }

    public static <T> RDD<T> toRDD(JavaRDD<T> rdd) {
        return rdd.rdd();
    }

    public static <T> JavaRDD<T> fromRDD(RDD<T> rdd, ClassTag<T> classTag) {
        return new JavaRDD<>(rdd, classTag);
    }

    @Override
    public RDD<T> rdd() {
        return rdd;
    }

    @Override
    public ClassTag<T> classTag() {
        return classTag;
    }

    @Override
    public JavaRDD<T> wrapRDD(RDD<T> rdd) {
        return new JavaRDD<>(rdd, classTag);
    }

    private Rdd<T> self() {
        return rdd.ignisRdd();
    }

    private JavaRDD<T> wrap(Rdd<T> made) {
        return Wrap.java(rdd.sparkContext(), made);
    }

    public JavaRDD<T> cache() {
        return persist(StorageLevel.MEMORY_ONLY());
    }

    public JavaRDD<T> persist(StorageLevel newLevel) {
        Levels.persist(self(), newLevel);
        return this;
    }

    public JavaRDD<T> unpersist() {
        self().unpersist();
        return this;
    }

    public JavaRDD<T> unpersist(boolean blocking) {
        return unpersist();
    }

    public JavaRDD<T> distinct() {
        return distinct(self().partitionCount());
    }

    public JavaRDD<T> distinct(int numPartitions) {
        return wrap(SetOps.distinct(self(), numPartitions));
    }

    public JavaRDD<T> filter(Function<T, Boolean> f) {
        return wrap(new MapPartitionsRdd<T, T>(self(), (scope, index, items) -> Functions.filter(items, f::call), true));
    }

    public JavaRDD<T> coalesce(int numPartitions) {
        return coalesce(numPartitions, false);
    }

    public JavaRDD<T> coalesce(int numPartitions, boolean shuffle) {
        if (shuffle) {
            return wrap(SetOps.repartition(self(), numPartitions));
        }
        return wrap(new CoalescedRdd<>(self(), numPartitions));
    }

    public JavaRDD<T> repartition(int numPartitions) {
        return coalesce(numPartitions, true);
    }

    public JavaRDD<T> sample(boolean withReplacement, double fraction) {
        return sample(withReplacement, fraction, new java.util.Random().nextLong());
    }

    public JavaRDD<T> sample(boolean withReplacement, double fraction, long seed) {
        return wrap(Sampling.sample(self(), withReplacement, fraction, seed));
    }

    public JavaRDD<T>[] randomSplit(double[] weights) {
        return randomSplit(weights, new java.util.Random().nextLong());
    }

    @SuppressWarnings("unchecked")
    public JavaRDD<T>[] randomSplit(double[] weights, long seed) {
        List<Rdd<T>> splits = Sampling.randomSplit(self(), weights, seed);
        JavaRDD<T>[] out = new JavaRDD[splits.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = wrap(splits.get(i));
        }
        return out;
    }

    public JavaRDD<T> union(JavaRDD<T> other) {
        return wrap(new UnionRdd<>(List.of(self(), other.self())));
    }

    public JavaRDD<T> intersection(JavaRDD<T> other) {
        return wrap(SetOps.intersection(self(), other.self(), Defaults.partitioner(rdd.sparkContext(), List.of(self(), other.self()))));
    }

    public JavaRDD<T> subtract(JavaRDD<T> other) {
        return subtract(other, self().partitionCount());
    }

    public JavaRDD<T> subtract(JavaRDD<T> other, int numPartitions) {
        return wrap(SetOps.subtract(self(), other.self(), new io.ignis.shuffle.HashPartitioner<>(numPartitions)));
    }

    public JavaRDD<T> subtract(JavaRDD<T> other, Partitioner partitioner) {
        return wrap(SetOps.subtract(self(), other.self(), Partitioners.toIgnis(partitioner)));
    }

    @Override
    public String toString() {
        return rdd.toString();
    }

    public JavaRDD<T> setName(String name) {
        self().setName(name);
        return this;
    }

    /**
     * Runs the tasks that compute this RDD with {@code profile}'s task resources (Spark's
     * stage-level scheduling): {@code cpus} asks Ignis for {@code CPU} (1 when not given),
     * {@code gpu} for {@code GPU}, other names as they are. Executor requests are recorded only.
     * A task asking for more than any node has fails when its job is submitted.
     */
    public JavaRDD<T> withResources(ResourceProfile profile) {
        Objects.requireNonNull(profile, "profile is null");
        Map<String, Double> resources = new HashMap<>();
        resources.put("CPU", 1.0);
        for (TaskResourceRequest request : profile.taskResourcesJMap().values()) {
            String name = request.resourceName();
            String ignisName = name.equals(ResourceProfile.CPUS()) ? "CPU" : name.equals("gpu") ? "GPU" : name;
            resources.put(ignisName, request.amount());
        }
        Rdd<T> engine = self();
        synchronized (engine) {
            engine.setTaskResources(resources);
            engine.setResourceProfile(profile);
        }
        return this;
    }

    /** The profile given to {@link #withResources}, or null when there was none (Spark's default profile). */
    public ResourceProfile getResourceProfile() {
        return (ResourceProfile) self().resourceProfile();
    }

    /** Sorted by {@code f}'s key (a total sort through a range partitioner), as Spark's sortBy. */
    public <S> JavaRDD<T> sortBy(Function<T, S> f, boolean ascending, int numPartitions) {
        Rdd<Tuple2<S, T>> keyed = new MapPartitionsRdd<T, Tuple2<S, T>>(self(),
                (scope, index, items) -> Functions.map(items, t -> new Tuple2<>(f.call(t), t)), false);
        Rdd<Tuple2<S, T>> sorted = PairOps.sortByKey(keyed, PairOps.natural(), ascending, numPartitions);
        return wrap(new MapPartitionsRdd<Tuple2<S, T>, T>(sorted, (scope, index, items) -> Functions.map(items, Tuple2::_2), false));
    }
}

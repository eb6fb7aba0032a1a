package org.apache.spark.api.java;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.compat.Defaults;
import io.ignis.rdd.compat.Levels;
import io.ignis.rdd.compat.Partitioners;
import io.ignis.rdd.compat.Sampling;
import io.ignis.rdd.compat.Wrap;
import io.ignis.rdd.ops.Actions;
import io.ignis.rdd.ops.CoalescedRdd;
import io.ignis.rdd.ops.Functions;
import io.ignis.rdd.ops.MapPartitionsRdd;
import io.ignis.rdd.ops.SetOps;
import io.ignis.rdd.ops.UnionRdd;
import io.ignis.rdd.random.DoubleStatistics;
import io.ignis.rdd.random.Histogram;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.partial.BoundedDouble;
import org.apache.spark.partial.PartialResult;
import org.apache.spark.rdd.RDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.StatCounter;
import scala.Tuple2;
import scala.reflect.ClassTag;

/** Spark's Java RDD of doubles, with statistics: a thin handle on an engine RDD of {@code Double}. */
public class JavaDoubleRDD extends AbstractJavaRDDLike<Double, JavaDoubleRDD> {
    private static final long serialVersionUID = 1L;

    private final RDD<Object> srdd;

    public JavaDoubleRDD(RDD<Object> srdd) {
        this.srdd = srdd;
    }

    public static JavaDoubleRDD fromRDD(RDD<Object> rdd) {
        return new JavaDoubleRDD(rdd);
    }

    public static RDD<Object> toRDD(JavaDoubleRDD rdd) {
        return rdd.srdd();
    }

    public RDD<Object> srdd() {
        return srdd;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public RDD<Double> rdd() {
        return (RDD) srdd;
    }

    @Override
    public ClassTag<Double> classTag() {
        return Wrap.tag();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JavaDoubleRDD wrapRDD(RDD<Double> rdd) {
        return new JavaDoubleRDD((RDD) rdd);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Rdd<Double> self() {
        return (Rdd) srdd.ignisRdd();
    }

    private JavaDoubleRDD wrap(Rdd<Double> made) {
        return Wrap.doubles(srdd.sparkContext(), made);
    }

    public JavaDoubleRDD cache() {
        return persist(StorageLevel.MEMORY_ONLY());
    }

    public JavaDoubleRDD persist(StorageLevel newLevel) {
        Levels.persist(self(), newLevel);
        return this;
    }

    public JavaDoubleRDD unpersist() {
        self().unpersist();
        return this;
    }

    public JavaDoubleRDD unpersist(boolean blocking) {
        return unpersist();
    }

    @Override
    public Double first() {
        return Actions.first(self());
    }

    public JavaDoubleRDD distinct() {
        return distinct(self().partitionCount());
    }

    public JavaDoubleRDD distinct(int numPartitions) {
        return wrap(SetOps.distinct(self(), numPartitions));
    }

    public JavaDoubleRDD filter(Function<Double, Boolean> f) {
        return wrap(new MapPartitionsRdd<Double, Double>(self(), (scope, index, items) -> Functions.filter(items, f::call), true));
    }

    public JavaDoubleRDD coalesce(int numPartitions) {
        return coalesce(numPartitions, false);
    }

    public JavaDoubleRDD coalesce(int numPartitions, boolean shuffle) {
        return wrap(shuffle ? SetOps.repartition(self(), numPartitions) : new CoalescedRdd<>(self(), numPartitions));
    }

    public JavaDoubleRDD repartition(int numPartitions) {
        return coalesce(numPartitions, true);
    }

    public JavaDoubleRDD subtract(JavaDoubleRDD other) {
        return subtract(other, self().partitionCount());
    }

    public JavaDoubleRDD subtract(JavaDoubleRDD other, int numPartitions) {
        return wrap(SetOps.subtract(self(), other.self(), new io.ignis.shuffle.HashPartitioner<>(numPartitions)));
    }

    public JavaDoubleRDD subtract(JavaDoubleRDD other, Partitioner partitioner) {
        return wrap(SetOps.subtract(self(), other.self(), Partitioners.toIgnis(partitioner)));
    }

    public JavaDoubleRDD sample(boolean withReplacement, Double fraction) {
        return sample(withReplacement, fraction, new java.util.Random().nextLong());
    }

    public JavaDoubleRDD sample(boolean withReplacement, Double fraction, long seed) {
        return wrap(Sampling.sample(self(), withReplacement, fraction, seed));
    }

    public JavaDoubleRDD union(JavaDoubleRDD other) {
        return wrap(new UnionRdd<>(List.of(self(), other.self())));
    }

    public JavaDoubleRDD intersection(JavaDoubleRDD other) {
        return wrap(SetOps.intersection(self(), other.self(), Defaults.partitioner(srdd.sparkContext(), List.of(self(), other.self()))));
    }

    /** Each partition summed from 0.0, then the partition sums in order (Spark's fold). */
    public Double sum() {
        double total = 0.0;
        for (double part : self().context().runJob(self(), (scope, items) -> DoubleStatistics.partitionSum(items))) {
            total += part;
        }
        return total;
    }

    public Double min() {
        return Actions.min(self(), Double::compare);
    }

    public Double max() {
        return Actions.max(self(), Double::compare);
    }

    /** Count, mean, variance, max and min in one pass: a counter per partition, merged in order. */
    public StatCounter stats() {
        List<StatCounter> parts = self().context().runJob(self(), (scope, items) -> DoubleStatistics.partitionStats(items));
        if (parts.isEmpty()) {
            throw new UnsupportedOperationException("empty collection");
        }
        StatCounter result = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            result = DoubleStatistics.mergeStats(result, parts.get(i));
        }
        return result;
    }

    public Double mean() {
        return stats().mean();
    }

    public Double variance() {
        return stats().variance();
    }

    public Double stdev() {
        return stats().stdev();
    }

    public Double sampleStdev() {
        return stats().sampleStdev();
    }

    public Double sampleVariance() {
        return stats().sampleVariance();
    }

    public Double popStdev() {
        return stats().popStdev();
    }

    public Double popVariance() {
        return stats().popVariance();
    }

    /** Answered exactly: the mean, final, with confidence 1. */
    public PartialResult<BoundedDouble> meanApprox(long timeout, Double confidence) {
        double mean = mean();
        return new PartialResult<>(new BoundedDouble(mean, 1.0, mean, mean), true);
    }

    public PartialResult<BoundedDouble> meanApprox(long timeout) {
        return meanApprox(timeout, 0.95);
    }

    /** Answered exactly: the sum, final, with confidence 1. */
    public PartialResult<BoundedDouble> sumApprox(long timeout, Double confidence) {
        double sum = sum();
        return new PartialResult<>(new BoundedDouble(sum, 1.0, sum, sum), true);
    }

    public PartialResult<BoundedDouble> sumApprox(long timeout) {
        return sumApprox(timeout, 0.95);
    }

    /** {@code bucketCount} even buckets between the minimum and maximum, and how many values fall in each. */
    public Tuple2<double[], long[]> histogram(int bucketCount) {
        Histogram.MaxMin extremes = Histogram.MaxMin.EMPTY;
        for (Histogram.MaxMin part : self().context().runJob(self(), (scope, items) -> Histogram.maxMin(items))) {
            extremes = extremes.merge(part);
        }
        double[] buckets = Histogram.evenBuckets(extremes, bucketCount);
        return new Tuple2<>(buckets, counts(buckets, true));
    }

    public long[] histogram(double[] buckets) {
        return counts(buckets.clone(), false);
    }

    public long[] histogram(Double[] buckets, boolean evenBuckets) {
        double[] bounds = new double[buckets.length];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = buckets[i];
        }
        return counts(bounds, evenBuckets);
    }

    private long[] counts(double[] buckets, boolean evenBuckets) {
        Histogram.checkBuckets(buckets);
        long[] total = new long[buckets.length - 1];
        for (long[] part : self().context().runJob(self(), (scope, items) -> Histogram.countPartition(items, buckets, evenBuckets))) {
            total = Histogram.mergeCounts(total, part);
        }
        return total;
    }

    public JavaDoubleRDD setName(String name) {
        self().setName(name);
        return this;
    }

    @Override
    public String toString() {
        return srdd.toString();
    }
}

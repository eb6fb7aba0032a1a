package io.ignis.rdd.ops;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.random.Sample;
import io.ignis.rdd.random.XORShiftRandom;
import io.ignis.shuffle.RangePartitioner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import scala.Tuple2;

/**
 * Chooses a range partitioner's bounds as Spark's RangePartitioner does, so that a sort puts the
 * same keys in the same partitions as Spark: a job sketches each input partition (its count and a
 * reservoir sample of up to {@code ceil(3 * min(hint * partitions, 1e6) / inputPartitions)} keys,
 * drawn with Spark's seeds: {@code byteswap32(partition ^ (id << 16))} for the id of the keys RDD,
 * and its XORShift generator); each sampled key weighs as many keys as it stands for; partitions
 * sampled too thinly for their size are sampled again (a Bernoulli sample of all their keys at the
 * overall fraction, seed {@code byteswap32(-id - 1)}); the sorted keys are cut at equal weight.
 * The RDDs Spark makes on the way (the keys, the pruned and the sampled ones) are made here too, so
 * later RDDs get the ids they get in Spark.
 */
final class RangeSampling {
    private RangeSampling() {}

    /** One partition's sketch: its index, how many keys it has, and the sampled ones. */
    record Sketch<K>(int partition, long count, List<K> keys) implements java.io.Serializable {}

    static <K, V> RangePartitioner<K> partitioner(Rdd<Tuple2<K, V>> rdd, int partitions, Comparator<? super K> ordering,
                                                  boolean ascending) {
        return partitioner(rdd, partitions, ordering, ascending, 20);
    }

    /** {@code samplePointsPerRange}: Spark's samplePointsPerPartitionHint (20 by default). */
    static <K, V> RangePartitioner<K> partitioner(Rdd<Tuple2<K, V>> rdd, int partitions, Comparator<? super K> ordering,
                                                  boolean ascending, int samplePointsPerRange) {
        if (partitions < 0) {
            throw new IllegalArgumentException("requirement failed: Number of partitions cannot be negative but found "
                    + partitions + ".");
        }
        if (partitions <= 1) {
            return new RangePartitioner<>(List.of(), ordering, ascending);
        }
        double sampleSize = Math.min((double) samplePointsPerRange * partitions, 1e6);
        int perPartition = rdd.partitionCount() == 0 ? Integer.MAX_VALUE
                : (int) Math.ceil(3.0 * sampleSize / rdd.partitionCount());
        Rdd<K> keys = keys(rdd);
        int shift = keys.id();
        Rdd<Sketch<K>> sketching = new MapPartitionsRdd<>(keys, (scope, partition, items) -> List.of(
                sketch(partition, items, perPartition, byteswap32(partition ^ (shift << 16)))).iterator(), false);
        List<Sketch<K>> sketches = new ArrayList<>();
        for (List<Sketch<K>> one : rdd.context().runJob(sketching, (scope, items) -> {
            List<Sketch<K>> out = new ArrayList<>(1);
            items.forEachRemaining(out::add);
            return out;
        })) {
            sketches.addAll(one);
        }
        long total = 0;
        for (Sketch<K> sketch : sketches) {
            total += sketch.count();
        }
        if (total == 0) {
            return new RangePartitioner<>(List.of(), ordering, ascending);
        }
        double fraction = Math.min(sampleSize / Math.max(total, 1L), 1.0);
        List<RangePartitioner.Weighted<K>> candidates = new ArrayList<>();
        List<Integer> imbalanced = new ArrayList<>();
        for (Sketch<K> sketch : sketches) {
            if (fraction * sketch.count() > perPartition) {
                imbalanced.add(sketch.partition());
            } else {
                double weight = (float) ((double) sketch.count() / sketch.keys().size());
                for (K key : sketch.keys()) {
                    candidates.add(new RangePartitioner.Weighted<>(key, weight));
                }
            }
        }
        if (!imbalanced.isEmpty()) {
            int[] kept = imbalanced.stream().mapToInt(Integer::intValue).toArray();
            Rdd<K> pruned = new PartitionPruningRdd<>(keys(rdd), kept);
            long[] seeds = Sample.partitionSeeds(byteswap32(-rdd.id() - 1), pruned.partitionCount());
            Rdd<K> sampled = new MapPartitionsRdd<>(pruned,
                    (scope, partition, items) -> Sample.samplePartition(items, false, fraction, seeds[partition]), true);
            double weight = (float) (1.0 / fraction);
            for (List<K> sample : rdd.context().runJob(sampled, (scope, items) -> {
                List<K> out = new ArrayList<>();
                items.forEachRemaining(out::add);
                return out;
            })) {
                for (K key : sample) {
                    candidates.add(new RangePartitioner.Weighted<>(key, weight));
                }
            }
        }
        int ranges = Math.min(partitions, candidates.size());
        return new RangePartitioner<>(RangePartitioner.determineBounds(candidates, ranges, ordering), ordering, ascending);
    }

    /** The keys of a pair RDD, as a new RDD (Spark's {@code rdd.map(_._1)}). */
    private static <K, V> Rdd<K> keys(Rdd<Tuple2<K, V>> rdd) {
        return new MapPartitionsRdd<>(rdd, (scope, partition, items) -> Functions.map(items, Tuple2::_1), false);
    }

    /**
     * Spark's {@code SamplingUtils.reservoirSampleAndCount}: the first {@code size} keys fill the
     * reservoir; each later one, the l-th, replaces slot {@code (long) (nextDouble() * l)} if that is
     * inside it.
     */
    static <K> Sketch<K> sketch(int partition, Iterator<K> keys, int size, int seed) {
        List<K> reservoir = new ArrayList<>(Math.min(size, 1 << 16));
        while (reservoir.size() < size && keys.hasNext()) {
            reservoir.add(keys.next());
        }
        long seen = reservoir.size();
        if (seen < size) {
            return new Sketch<>(partition, seen, reservoir);
        }
        XORShiftRandom random = new XORShiftRandom(seed);
        while (keys.hasNext()) {
            K key = keys.next();
            seen++;
            long slot = (long) (random.nextDouble() * seen);
            if (slot < size) {
                reservoir.set((int) slot, key);
            }
        }
        return new Sketch<>(partition, seen, reservoir);
    }

    /** Scala's {@code scala.util.hashing.byteswap32}, which Spark seeds its sketches with. */
    static int byteswap32(int value) {
        int hash = value * 0x9e3775cd;
        hash = Integer.reverseBytes(hash);
        return hash * 0x9e3775cd;
    }
}

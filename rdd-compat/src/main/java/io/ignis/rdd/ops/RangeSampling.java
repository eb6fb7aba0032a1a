package io.ignis.rdd.ops;

import io.ignis.rdd.Rdd;
import io.ignis.shuffle.RangePartitioner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import scala.Tuple2;

/**
 * Chooses a range partitioner's bounds as Spark's RangePartitioner does: a job samples up to
 * {@code ceil(3 * min(20 * partitions, 1e6) / inputPartitions)} keys of each input partition
 * (every key when the partition is smaller, which makes the bounds exact for small data), weights
 * each key by how many it stands for, and cuts the sorted keys at equal weight.
 */
final class RangeSampling {
    private RangeSampling() {}

    record Sample<K>(long count, List<K> keys) implements java.io.Serializable {}

    static <K, V> RangePartitioner<K> partitioner(Rdd<Tuple2<K, V>> rdd, int partitions, Comparator<? super K> ordering,
                                                  boolean ascending) {
        return partitioner(rdd, partitions, ordering, ascending, 20);
    }

    /** {@code samplePointsPerRange}: Spark's samplePointsPerPartitionHint (20 by default). */
    static <K, V> RangePartitioner<K> partitioner(Rdd<Tuple2<K, V>> rdd, int partitions, Comparator<? super K> ordering,
                                                  boolean ascending, int samplePointsPerRange) {
        if (partitions < 1) {
            throw new IllegalArgumentException("Number of partitions cannot be negative but found " + partitions + ".");
        }
        if (partitions == 1 || rdd.partitionCount() == 0) {
            return new RangePartitioner<>(List.of(), ordering, ascending);
        }
        double sampleSize = Math.min((double) samplePointsPerRange * partitions, 1e6);
        int perPartition = (int) Math.ceil(3.0 * sampleSize / rdd.partitionCount());
        int rddId = rdd.id();
        List<Sample<K>> samples = rdd.context().runJob(rdd, (scope, items) -> {
            SplittableRandom random = new SplittableRandom(scope.partitionId() ^ ((long) rddId << 16));
            List<K> reservoir = new ArrayList<>();
            long seen = 0;
            while (items.hasNext()) {
                K key = items.next()._1();
                seen++;
                if (reservoir.size() < perPartition) {
                    reservoir.add(key);
                } else {
                    long at = random.nextLong(seen);
                    if (at < perPartition) {
                        reservoir.set((int) at, key);
                    }
                }
            }
            return new Sample<>(seen, reservoir);
        });
        List<RangePartitioner.Weighted<K>> candidates = new ArrayList<>();
        for (Sample<K> sample : samples) {
            if (sample.keys().isEmpty()) {
                continue;
            }
            double weight = (float) ((double) sample.count() / sample.keys().size());
            for (K key : sample.keys()) {
                candidates.add(new RangePartitioner.Weighted<>(key, weight));
            }
        }
        // As Spark: never more ranges than sampled keys, so each range gets its share of them.
        int ranges = Math.min(partitions, candidates.size());
        return new RangePartitioner<>(RangePartitioner.determineBounds(candidates, ranges, ordering), ordering, ascending);
    }
}

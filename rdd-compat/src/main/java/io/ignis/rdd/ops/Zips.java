package io.ignis.rdd.ops;

import io.ignis.api.function.IgnisFunc2;
import io.ignis.rdd.Rdd;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import scala.Tuple2;

/** zip, zipPartitions, zipWithIndex and zipWithUniqueId, as Spark defines them. */
public final class Zips {
    private Zips() {}

    /** Partition i of both, element by element; partitions of different lengths fail as in Spark. */
    public static <T, U> Rdd<Tuple2<T, U>> zip(Rdd<T> first, Rdd<U> second) {
        return zipPartitions(first, second, (Iterator<T> left, Iterator<U> right) -> new Iterator<Tuple2<T, U>>() {
            @Override
            public boolean hasNext() {
                boolean l = left.hasNext();
                if (l != right.hasNext()) {
                    throw Sneaky.rethrow(new org.apache.spark.SparkException(
                            "Can only zip RDDs with same number of elements in each partition"));
                }
                return l;
            }

            @Override
            public Tuple2<T, U> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new Tuple2<>(left.next(), right.next());
            }
        });
    }

    @SuppressWarnings("unchecked")
    public static <T, U, V> Rdd<V> zipPartitions(Rdd<T> first, Rdd<U> second, IgnisFunc2<Iterator<T>, Iterator<U>, Iterator<V>> f) {
        return new ZipPartitionsRdd<>(List.of(first, second),
                iterators -> f.apply((Iterator<T>) iterators.get(0), (Iterator<U>) iterators.get(1)));
    }

    /**
     * Each element with its index in the whole RDD: a first job counts every partition but the
     * last (as Spark's ZippedWithIndexRDD does when it is made), then each partition starts at
     * the sum of the counts before it.
     */
    public static <T> Rdd<Tuple2<T, Long>> zipWithIndex(Rdd<T> rdd) {
        int count = rdd.partitionCount();
        long[] starts = new long[Math.max(count, 1)];
        if (count > 1) {
            int[] allButLast = new int[count - 1];
            for (int i = 0; i < allButLast.length; i++) {
                allButLast[i] = i;
            }
            List<Long> sizes = rdd.context().runJob(rdd, allButLast, (scope, items) -> {
                long n = 0;
                while (items.hasNext()) {
                    items.next();
                    n++;
                }
                return n;
            });
            for (int i = 1; i < count; i++) {
                starts[i] = starts[i - 1] + sizes.get(i - 1);
            }
        }
        return new MapPartitionsRdd<T, Tuple2<T, Long>>(rdd, (scope, index, items) -> {
            long[] next = {starts[index]};
            return Functions.map(items, item -> new Tuple2<>(item, next[0]++));
        }, false);
    }

    /** Element k of partition p gets id k * n + p (n partitions): unique, without a job. */
    public static <T> Rdd<Tuple2<T, Long>> zipWithUniqueId(Rdd<T> rdd) {
        long n = rdd.partitionCount();
        return new MapPartitionsRdd<T, Tuple2<T, Long>>(rdd, (scope, index, items) -> {
            long[] k = {0};
            return Functions.map(items, item -> new Tuple2<>(item, k[0]++ * n + index));
        }, false);
    }

    static <T> List<T> drain(Iterator<T> items) {
        List<T> out = new ArrayList<>();
        items.forEachRemaining(out::add);
        return out;
    }
}

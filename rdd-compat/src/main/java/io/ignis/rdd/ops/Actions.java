package io.ignis.rdd.ops;

import io.ignis.api.function.IgnisFunc2;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Actions as Spark computes them: one job over the partitions, a result per partition, combined
 * on the driver in partition order (so order-dependent results match Spark's).
 */
public final class Actions {
    private Actions() {}

    /** Spark's spark.rdd.limit.scaleUpFactor default: how much wider each round of take() scans. */
    private static final int TAKE_SCALE_UP = 4;

    public static <T> List<T> collect(Rdd<T> rdd) {
        List<T> out = new ArrayList<>();
        for (List<T> part : collectPartitions(rdd, allPartitions(rdd))) {
            out.addAll(part);
        }
        return out;
    }

    public static <T> List<List<T>> collectPartitions(Rdd<T> rdd, int[] partitions) {
        return rdd.context().runJob(rdd, partitions, (scope, items) -> {
            List<T> list = new ArrayList<>();
            items.forEachRemaining(list::add);
            return list;
        });
    }

    public static int[] allPartitions(Rdd<?> rdd) {
        int[] all = new int[rdd.partitionCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    public static long count(Rdd<?> rdd) {
        long total = 0;
        for (long part : rdd.context().runJob(rdd, (scope, items) -> {
            long n = 0;
            while (items.hasNext()) {
                items.next();
                n++;
            }
            return n;
        })) {
            total += part;
        }
        return total;
    }

    /**
     * The first {@code num} elements: scans one partition, then more each round (four times as
     * many, or as many as the elements found so far suggest), as Spark's take does.
     */
    public static <T> List<T> take(Rdd<T> rdd, int num) {
        List<T> taken = new ArrayList<>();
        int total = rdd.partitionCount();
        int scanned = 0;
        while (taken.size() < num && scanned < total) {
            long toTry = 1;
            if (scanned > 0) {
                long scaled = (long) scanned * TAKE_SCALE_UP;
                toTry = taken.isEmpty() ? scaled
                        : Math.min(Math.max((long) (1.5 * num * scanned / taken.size()) - scanned, 1), scaled);
            }
            int end = (int) Math.min(scanned + toTry, total);
            int[] partitions = new int[end - scanned];
            for (int i = 0; i < partitions.length; i++) {
                partitions[i] = scanned + i;
            }
            int left = num - taken.size();
            List<List<T>> parts = rdd.context().runJob(rdd, partitions, (scope, items) -> {
                List<T> list = new ArrayList<>();
                while (list.size() < left && items.hasNext()) {
                    list.add(items.next());
                }
                return list;
            });
            for (List<T> part : parts) {
                for (T item : part) {
                    if (taken.size() < num) {
                        taken.add(item);
                    }
                }
            }
            scanned = end;
        }
        return taken;
    }

    public static <T> T first(Rdd<T> rdd) {
        List<T> one = take(rdd, 1);
        if (one.isEmpty()) {
            throw org.apache.spark.SparkUnsupportedOperationException.emptyCollection();
        }
        return one.get(0);
    }

    public static boolean isEmpty(Rdd<?> rdd) {
        return rdd.partitionCount() == 0 || take(rdd, 1).isEmpty();
    }

    /** Reduces each partition, then the partition results in order; an empty RDD has no result. */
    public static <T> T reduce(Rdd<T> rdd, IgnisFunc2<T, T, T> f) {
        List<Optional<T>> parts = rdd.context().runJob(rdd, (scope, items) -> {
            if (!items.hasNext()) {
                return Optional.<T>empty();
            }
            T acc = items.next();
            while (items.hasNext()) {
                acc = f.apply(acc, items.next());
            }
            return Optional.of(acc);
        });
        T result = null;
        boolean any = false;
        for (Optional<T> part : parts) {
            if (part.isPresent()) {
                result = any ? apply(f, result, part.get()) : part.get();
                any = true;
            }
        }
        if (!any) {
            throw org.apache.spark.SparkUnsupportedOperationException.emptyCollection();
        }
        return result;
    }

    /**
     * Aggregates each partition from its own copy of {@code zero} with {@code seqOp}, then the
     * partition results into the driver's copy of {@code zero} with {@code combOp}.
     */
    public static <T, U> U aggregate(Rdd<T> rdd, U zero, IgnisFunc2<U, T, U> seqOp, IgnisFunc2<U, U, U> combOp) {
        RddContext context = rdd.context();
        byte[] zeroBytes = context.runtime().serialize(zero, "the zero value");
        List<U> parts = context.runJob(rdd, (scope, items) -> {
            U acc = zero;
            while (items.hasNext()) {
                acc = seqOp.apply(acc, items.next());
            }
            return acc;
        });
        @SuppressWarnings("unchecked")
        U result = (U) context.runtime().deserialize(zeroBytes);
        for (U part : parts) {
            result = apply(combOp, result, part);
        }
        return result;
    }

    /** The {@code num} smallest elements under {@code ordering}, sorted. */
    public static <T> List<T> takeOrdered(Rdd<T> rdd, int num, Comparator<? super T> ordering) {
        if (num == 0 || rdd.partitionCount() == 0) {
            return new ArrayList<>();
        }
        List<List<T>> parts = rdd.context().runJob(rdd, (scope, items) -> smallest(items, num, ordering));
        List<T> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return smallest(all.iterator(), num, ordering);
    }

    private static <T> List<T> smallest(Iterator<T> items, int num, Comparator<? super T> ordering) {
        PriorityQueue<T> largestFirst = new PriorityQueue<>(Math.max(1, Math.min(num, 1024)), ordering.reversed());
        while (items.hasNext()) {
            T item = items.next();
            if (largestFirst.size() < num) {
                largestFirst.add(item);
            } else if (ordering.compare(item, largestFirst.peek()) < 0) {
                largestFirst.poll();
                largestFirst.add(item);
            }
        }
        List<T> out = new ArrayList<>(largestFirst);
        out.sort(ordering);
        return out;
    }

    public static <T> T max(Rdd<T> rdd, Comparator<? super T> ordering) {
        return reduce(rdd, (a, b) -> ordering.compare(a, b) >= 0 ? a : b);
    }

    public static <T> T min(Rdd<T> rdd, Comparator<? super T> ordering) {
        return reduce(rdd, (a, b) -> ordering.compare(a, b) <= 0 ? a : b);
    }

    /** Runs one job per partition as the iterator reaches it, as Spark's toLocalIterator does. */
    public static <T> Iterator<T> toLocalIterator(Rdd<T> rdd) {
        return Functions.concat(rdd.partitionCount(), partition -> collectPartitions(rdd, new int[] {partition}).get(0).iterator());
    }

    static <A, B, R> R apply(IgnisFunc2<A, B, R> f, A a, B b) {
        try {
            return f.apply(a, b);
        } catch (Exception e) {
            throw Sneaky.rethrow(e);
        }
    }
}

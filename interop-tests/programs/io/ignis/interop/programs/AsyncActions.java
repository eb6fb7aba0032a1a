package io.ignis.interop.programs;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Asynchronous actions: collectAsync, countAsync, takeAsync, foreachAsync and
 * foreachPartitionAsync return JavaFutureActions that run side by side and give the same answers
 * as their blocking forms; a finished future is done and not cancelled.
 */
public final class AsyncActions {
    private AsyncActions() {
    }

    public static void main(String[] args) throws Exception {
        SparkConf conf = new SparkConf().setAppName("AsyncActions").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.rangeClosed(1, 30).boxed().collect(Collectors.toList());
            JavaRDD<Integer> rdd = sc.parallelize(numbers, 4);
            LongAccumulator sum = sc.sc().longAccumulator("sum");
            LongAccumulator partitions = sc.sc().longAccumulator("partitions");

            JavaFutureAction<List<Integer>> collected = rdd.map(number -> number * 3).collectAsync();
            JavaFutureAction<Long> counted = rdd.filter(number -> number % 4 == 0).countAsync();
            JavaFutureAction<List<Integer>> taken = rdd.takeAsync(7);
            JavaFutureAction<Void> each = rdd.foreachAsync(number -> sum.add(number));
            JavaFutureAction<Void> eachPartition = rdd.foreachPartitionAsync(elements -> partitions.add(1));

            System.out.println("collectAsync: " + collected.get());
            System.out.println("countAsync: " + counted.get(60, TimeUnit.SECONDS));
            System.out.println("takeAsync: " + taken.get());
            System.out.println("foreachAsync: " + each.get() + ", sum " + sum.value());
            eachPartition.get();
            System.out.println("foreachPartitionAsync: partitions " + partitions.value());
            System.out.println("done: " + collected.isDone() + " " + counted.isDone() + " " + taken.isDone() + " " + each.isDone()
                    + ", cancelled: " + collected.isCancelled());
            System.out.println("cancel after completion: " + counted.cancel(true) + ", still " + counted.get());
            System.out.println("blocking forms agree: " + (collected.get().equals(rdd.map(number -> number * 3).collect())
                    && counted.get() == rdd.filter(number -> number % 4 == 0).count()
                    && taken.get().equals(rdd.take(7))));
        }
    }
}

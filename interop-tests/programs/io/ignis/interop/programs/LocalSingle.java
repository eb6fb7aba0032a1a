package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Master "local": one worker thread, parallelism 1, one default slice and one default minimum
 * partition; shuffles, sorting and per-partition work behave as with more threads.
 */
public final class LocalSingle {
    private LocalSingle() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("LocalSingle").setMaster("local");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            System.out.println("master " + sc.master() + ", defaultParallelism " + sc.defaultParallelism()
                    + ", defaultMinPartitions " + sc.defaultMinPartitions());
            JavaRDD<Integer> rdd = sc.parallelize(IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList()));
            System.out.println("default slices: " + rdd.getNumPartitions() + ", partition ids "
                    + rdd.map(number -> TaskContext.getPartitionId()).distinct().collect());
            System.out.println("reduceByKey: " + Show.sorted(rdd.mapToPair(number -> new Tuple2<>(number % 3, number)).reduceByKey(Integer::sum).collect()));
            System.out.println("reduceByKey partitions: " + rdd.mapToPair(number -> new Tuple2<>(number % 3, number)).reduceByKey(Integer::sum).getNumPartitions());
            System.out.println("sortBy descending: " + rdd.sortBy(number -> -number, true, 2).collect());
            System.out.println("three slices: " + sc.parallelize(List.of(1, 2, 3, 4, 5), 3).mapPartitionsWithIndex((index, elements) -> {
                int count = 0;
                while (elements.hasNext()) {
                    elements.next();
                    count++;
                }
                return List.of(index + ":" + count).iterator();
            }, false).collect());
        }
    }
}

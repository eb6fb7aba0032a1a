package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Task retries in local mode: master local[2,3] allows each task three attempts, so a task that
 * fails on its first attempt (attemptNumber 0) succeeds on its second, and the job's result is
 * complete; a task that fails on every attempt fails the job with the last attempt's exception.
 */
public final class TaskRetries {
    private TaskRetries() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("TaskRetries").setMaster("local[2,3]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaRDD<Integer> rdd = sc.parallelize(IntStream.rangeClosed(1, 8).boxed().collect(Collectors.toList()), 4);
            List<String> attempts = rdd.map(number -> {
                TaskContext context = TaskContext.get();
                if (context.partitionId() == 2 && context.attemptNumber() == 0) {
                    throw new IllegalStateException("first attempt of partition 2 fails");
                }
                return number + "@" + context.attemptNumber();
            }).collect();
            System.out.println("with one failed attempt: " + attempts);
            try {
                rdd.map(number -> {
                    if (number == 5) {
                        throw new IllegalStateException("attempt " + TaskContext.get().attemptNumber() + " fails");
                    }
                    return number;
                }).collect();
            } catch (Exception expected) {
                Show.failure("failing every attempt", expected);
            }
            System.out.println("afterwards: " + rdd.reduce(Integer::sum));
        }
    }
}

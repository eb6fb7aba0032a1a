package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A task that throws fails its job with org.apache.spark.SparkException whose cause is the user's
 * exception (class and message kept): runtime exceptions from map, a checked exception of the
 * program's own from foreach, an arithmetic error, a failure in mapPartitions after some elements
 * and in a shuffle's reduce function; the context keeps working after each.
 */
public final class TaskFailure {
    private TaskFailure() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("TaskFailure").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Integer> numbers = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList());
            JavaRDD<Integer> rdd = sc.parallelize(numbers, 2);

            try {
                rdd.map(number -> {
                    if (number == 7) {
                        throw new IllegalStateException("bad record " + number);
                    }
                    return number;
                }).collect();
            } catch (Exception expected) {
                Show.failure("map throws", expected);
            }
            try {
                rdd.foreach(number -> {
                    if (number == 3) {
                        throw new RecordRejectedException("record " + number + " rejected");
                    }
                });
            } catch (Exception expected) {
                Show.failure("foreach throws a checked exception", expected);
            }
            try {
                System.out.println(rdd.map(number -> 100 / (number - 5)).reduce(Integer::sum));
            } catch (Exception expected) {
                Show.failure("division by zero", expected);
            }
            try {
                rdd.mapPartitions(elements -> {
                    int seen = 0;
                    while (elements.hasNext()) {
                        elements.next();
                        if (++seen == 4 && org.apache.spark.TaskContext.getPartitionId() == 1) {
                            throw new UnsupportedOperationException("partition 1 stops at its fourth element");
                        }
                    }
                    return List.of(seen).iterator();
                }).collect();
            } catch (Exception expected) {
                Show.failure("mapPartitions throws", expected);
            }
            try {
                rdd.mapToPair(number -> new scala.Tuple2<>(number % 3, number))
                        .reduceByKey((left, right) -> {
                            if (left + right > 20) {
                                throw new ArithmeticException("sum over 20");
                            }
                            return left + right;
                        }).collect();
            } catch (Exception expected) {
                Show.failure("reduceByKey function throws", expected);
            }
            try {
                rdd.map(number -> {
                    if (number == 9) {
                        throw new IllegalArgumentException("outer", new java.io.IOException("inner cause"));
                    }
                    return number;
                }).count();
            } catch (Exception expected) {
                Show.failure("exception with its own cause", expected);
                System.out.println("  its cause's cause: " + expected.getCause().getCause().getClass().getName()
                        + ": " + expected.getCause().getCause().getMessage());
            }
            System.out.println("still working: " + rdd.map(number -> number * 2).reduce(Integer::sum));
        }
    }

    /** A checked exception of the program's own, thrown from a task. */
    static final class RecordRejectedException extends Exception {
        RecordRejectedException(String message) {
            super(message);
        }
    }
}

package io.ignis.interop.programs;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Misuse that Spark rejects, and how: empty-collection actions, zipping RDDs of unequal shape,
 * closures that are not serializable, and invalid arguments (fractions, weights, partition
 * counts). Each prints the exception's class and its message or cause.
 */
public final class DriverSideErrors {
    private DriverSideErrors() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("DriverSideErrors").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaRDD<Integer> empty = sc.emptyRDD();
            JavaRDD<Integer> numbers = sc.parallelize(List.of(1, 2, 3, 4, 5, 6), 2);

            try {
                System.out.println(empty.first());
            } catch (Exception expected) {
                Show.failureMessage("first of an empty RDD", expected);
            }
            try {
                System.out.println(empty.reduce(Integer::sum));
            } catch (Exception expected) {
                Show.failureMessage("reduce of an empty RDD", expected);
            }
            System.out.println("fold of an empty RDD: " + empty.fold(0, Integer::sum));
            try {
                System.out.println(numbers.zip(sc.parallelize(List.of(1, 2, 3, 4, 5, 6), 3)).collect());
            } catch (Exception expected) {
                Show.failureMessage("zip with unequal partition counts", expected);
            }
            try {
                System.out.println(numbers.zip(sc.parallelize(List.of(1, 2, 3, 4, 5), 2)).collect());
            } catch (Exception expected) {
                Show.failureMessage("zip with unequal partition sizes", expected);
            }
            try {
                Unserializable helper = new Unserializable(10);
                System.out.println(numbers.map(number -> number + helper.offset).collect());
            } catch (Exception expected) {
                Show.failure("closure capturing an unserializable object", expected);
            }
            try {
                numbers.sample(false, -0.5, 1L);
                System.out.println("negative fraction: accepted");
            } catch (Exception expected) {
                Show.failureMessage("negative fraction", expected);
            }
            try {
                numbers.randomSplit(new double[] {0.5, -0.5}, 1L);
                System.out.println("negative weight: accepted");
            } catch (Exception expected) {
                Show.failureMessage("negative weight", expected);
            }
            try {
                new HashPartitioner(-1);
                System.out.println("negative partition count: accepted");
            } catch (Exception expected) {
                Show.failureMessage("negative partition count", expected);
            }
            try {
                System.out.println(sc.parallelize(List.of(1, 2), 0).collect());
            } catch (Exception expected) {
                Show.failureMessage("zero slices", expected);
            }
            try {
                System.out.println("take(-1): " + numbers.take(-1));
            } catch (Exception expected) {
                Show.failureMessage("take(-1)", expected);
            }
            System.out.println("still working: " + numbers.count());
        }
    }

    /** Deliberately not Serializable. */
    static final class Unserializable {
        private final int offset;

        Unserializable(int offset) {
            this.offset = offset;
        }
    }
}

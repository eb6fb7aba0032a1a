package io.ignis.interop.programs;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import scala.Tuple2;

/**
 * Joins of pair RDDs with duplicate and missing keys: join, leftOuterJoin, rightOuterJoin and
 * fullOuterJoin (missing sides as org.apache.spark.api.java.Optional), with a partition count;
 * results in order-insensitive sections.
 */
public final class Joins {
    private Joins() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("Joins").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaPairRDD<Integer, String> employees = sc.parallelizePairs(List.of(
                    new Tuple2<>(10, "ada"), new Tuple2<>(20, "grace"), new Tuple2<>(10, "alan"),
                    new Tuple2<>(30, "edsger"), new Tuple2<>(50, "barbara")), 2);
            JavaPairRDD<Integer, String> departments = sc.parallelizePairs(List.of(
                    new Tuple2<>(10, "research"), new Tuple2<>(20, "compilers"), new Tuple2<>(40, "sales"),
                    new Tuple2<>(20, "languages")), 3);

            Show.unordered("join", employees.join(departments).collect());
            JavaPairRDD<Integer, Tuple2<String, Optional<String>>> left = employees.leftOuterJoin(departments);
            Show.unordered("leftOuterJoin", left.collect());
            Show.unordered("rightOuterJoin", employees.rightOuterJoin(departments).collect());
            JavaPairRDD<Integer, Tuple2<Optional<String>, Optional<String>>> full = employees.fullOuterJoin(departments);
            Show.unordered("fullOuterJoin", full.collect());

            System.out.println("left without a department: " + Show.sorted(left.filter(pair -> !pair._2()._2().isPresent())
                    .map(pair -> pair._2()._1()).collect()));
            System.out.println("full with orElse: " + Show.sorted(full.map(pair -> pair._1() + ":"
                    + pair._2()._1().orElse("nobody") + "/" + pair._2()._2().or("no department")).collect()));
            System.out.println("join into 5 partitions: " + employees.join(departments, 5).getNumPartitions());
            System.out.println("joined count: " + employees.join(departments).count() + ", left " + left.count() + ", full " + full.count());
            System.out.println("self join size: " + employees.join(employees).count());

            Optional<String> present = Optional.of("value");
            Optional<String> absent = Optional.empty();
            Optional<String> fromNull = Optional.fromNullable(null);
            System.out.println("Optional: " + present + " " + absent + " " + fromNull.isPresent() + " " + absent.orNull()
                    + " " + present.get() + " " + present.equals(Optional.of("value")) + " " + Optional.absent().equals(absent));
        }
    }
}

package io.ignis.interop.programs;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Co-grouping: cogroup with one, two and three other RDDs (each key's value groups printed
 * sorted), groupWith, and subtractByKey, printed sorted.
 */
public final class Cogroup {
    private Cogroup() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("Cogroup").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            JavaPairRDD<String, Integer> first = sc.parallelizePairs(List.of(
                    new Tuple2<>("a", 1), new Tuple2<>("b", 2), new Tuple2<>("a", 3), new Tuple2<>("c", 4)), 2);
            JavaPairRDD<String, String> second = sc.parallelizePairs(List.of(
                    new Tuple2<>("a", "x"), new Tuple2<>("d", "y"), new Tuple2<>("a", "z")), 2);
            JavaPairRDD<String, Double> third = sc.parallelizePairs(List.of(
                    new Tuple2<>("b", 0.5), new Tuple2<>("d", 1.5)), 1);
            JavaPairRDD<String, Long> fourth = sc.parallelizePairs(List.of(
                    new Tuple2<>("c", 100L), new Tuple2<>("e", 200L), new Tuple2<>("c", 300L)), 3);

            System.out.println("cogroup with one:");
            first.cogroup(second).mapValues(groups -> Show.sorted(groups._1()) + " " + Show.sorted(groups._2()))
                    .collect().stream().map(Object::toString).sorted().forEach(line -> System.out.println("  " + line));
            System.out.println("cogroup with two:");
            first.cogroup(second, third)
                    .mapValues(groups -> Show.sorted(groups._1()) + " " + Show.sorted(groups._2()) + " " + Show.sorted(groups._3()))
                    .collect().stream().map(Object::toString).sorted().forEach(line -> System.out.println("  " + line));
            System.out.println("cogroup with three:");
            first.cogroup(second, third, fourth)
                    .mapValues(groups -> Show.sorted(groups._1()) + " " + Show.sorted(groups._2()) + " "
                            + Show.sorted(groups._3()) + " " + Show.sorted(groups._4()))
                    .collect().stream().map(Object::toString).sorted().forEach(line -> System.out.println("  " + line));
            System.out.println("cogroup into 4 partitions: " + first.cogroup(second, 4).getNumPartitions());
            System.out.println("groupWith: " + Show.sorted(first.groupWith(fourth)
                    .mapValues(groups -> Show.sorted(groups._1()) + Show.sorted(groups._2())).collect()));
            System.out.println("subtractByKey: " + Show.sorted(first.subtractByKey(second).collect()));
            System.out.println("subtractByKey into 3: " + first.subtractByKey(third, 3).getNumPartitions() + " partitions, "
                    + Show.sorted(first.subtractByKey(third, 3).collect()));
        }
    }
}
